#!/usr/bin/env python3
"""Several phones in the room, each in its own headless Chromium (its own cookies), driven
by Selenium. All join with the room code and choose their name; then they vote on the open
quadrant round one at a time, each when told to, so that whoever drives the laptop can
press keys between two votes.

  scripts/phones.py --url http://127.0.0.1:18080 --code 123456 --steps DIR \\
      --phone "Anouk de Vries=netwerkend" --phone "Noël Jansen=presterend" ...

Steps go through files in DIR: the script writes `ready` once every phone is at the form;
then for each phone in turn it waits for `go-N` (N from 0), votes, and writes `voted-N`
once the page says "Ontvangen". After the last vote every phone waits until its live part
says that all have voted — brought by its live stream, with no reload of the page — and
the script writes each phone's live text to `live`. A failure is written to `failed` and
exits 1. Every wait is bounded.
"""
import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phone import browser  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as seen  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

STEP_SECONDS = 60  # the longest the script waits for one `go-N`


def write(folder, name, text=""):
    path = os.path.join(folder, name)
    with open(path + ".part", "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(path + ".part", path)  # seen whole, or not at all


def to_the_form(driver, url, code, name, choice):
    wait = WebDriverWait(driver, 20)
    driver.get(url)
    wait.until(seen.presence_of_element_located((By.ID, "code"))).send_keys(code)
    driver.find_element(By.CSS_SELECTOR, "button.main").click()
    wait.until(seen.presence_of_element_located((By.XPATH, f"//button[contains(., '{name}')]"))).click()
    wait.until(seen.element_to_be_clickable((By.ID, "choice-" + choice)))


def vote(driver, choice):
    driver.find_element(By.ID, "choice-" + choice).click()
    driver.find_element(By.CSS_SELECTOR, "button.main").click()
    WebDriverWait(driver, 20).until(lambda d: "Ontvangen" in d.page_source)
    driver.execute_script("window.rkSamePage = true")  # gone if the page is loaded again


def live_when_all_voted(driver, count):
    """The page's live part once it says that `count` voted, and whether it is still the
    page the vote left (no reload)."""
    text = WebDriverWait(driver, 20).until(
        lambda d: (t := d.find_element(By.ID, "live").text) and f"{count} van {count}" in t and t)
    same = driver.execute_script("return window.rkSamePage === true")
    turnout = next(line for line in text.splitlines() if f"{count} van {count}" in line)
    return turnout + (" | same page" if same else " | page loaded again")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--steps", required=True)
    parser.add_argument("--phone", action="append", required=True, help="NAME=CHOICE")
    args = parser.parse_args()
    phones = [p.rsplit("=", 1) for p in args.phone]

    drivers = []
    try:
        with ThreadPoolExecutor(max_workers=len(phones)) as pool:
            drivers = list(pool.map(lambda _: browser(390, 844), phones))
            list(pool.map(lambda d_p: to_the_form(d_p[0], args.url, args.code, *d_p[1]), zip(drivers, phones)))
        write(args.steps, "ready")
        for n, (driver, (name, choice)) in enumerate(zip(drivers, phones)):
            end = time.monotonic() + STEP_SECONDS
            while not os.path.exists(os.path.join(args.steps, f"go-{n}")):
                if time.monotonic() > end:
                    raise TimeoutError(f"no go-{n} within {STEP_SECONDS} s")
                time.sleep(0.05)
            vote(driver, choice)
            write(args.steps, f"voted-{n}", f"{name}={choice}\n")
        lives = [f"{name}: {live_when_all_voted(driver, len(phones))}" for driver, (name, _) in zip(drivers, phones)]
        write(args.steps, "live", "\n".join(lives) + "\n")
    except Exception as error:  # one line that says where it stopped
        page = drivers[0].page_source[:1500] if drivers else ""
        write(args.steps, "failed", f"{type(error).__name__}: {error}\n{page}")
        return 1
    finally:
        for driver in drivers:
            driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
