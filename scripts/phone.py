#!/usr/bin/env python3
"""One phone in the room, in headless Chromium driven by Selenium: open the join
address, enter the room code, choose a name, vote on the open quadrant round, and
wait for "Ontvangen". Prints one line per step; exits 1 on a failure.

  scripts/phone.py --url http://127.0.0.1:18080 --code 123456 --name "Fatma Yılmaz" --choice netwerkend [--screenshot FILE]
"""
import argparse
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import WebDriverWait


def browser(width, height):
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--window-size={width},{height}", "--lang=nl"):
        options.add_argument(flag)
    for path in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        try:
            open(path).close()
            options.binary_location = path
            break
        except OSError:
            pass
    # The driver from Debian's chromium-driver: nothing is downloaded.
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--choice", required=True)
    parser.add_argument("--screenshot")
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--height", type=int, default=844)
    args = parser.parse_args()

    driver = browser(args.width, args.height)
    wait = WebDriverWait(driver, 10)
    try:
        driver.get(args.url)
        code = wait.until(seen.presence_of_element_located((By.ID, "code")))
        code.send_keys(args.code)
        driver.find_element(By.CSS_SELECTOR, "button.main").click()
        print("joined")
        wait.until(seen.presence_of_element_located((By.XPATH, f"//button[contains(., '{args.name}')]"))).click()
        print("chose", args.name)
        wait.until(seen.element_to_be_clickable((By.ID, "choice-" + args.choice)))
        if args.screenshot:
            driver.save_screenshot(args.screenshot)
        driver.find_element(By.ID, "choice-" + args.choice).click()
        driver.find_element(By.CSS_SELECTOR, "button.main").click()
        wait.until(lambda d: "Ontvangen" in d.page_source or "Received" in d.page_source)
        print("voted", args.choice, "and the page says received")
    except Exception as error:  # one line that says where it stopped
        print("phone failed:", type(error).__name__, str(error).splitlines()[0] if str(error) else "", file=sys.stderr)
        print(driver.page_source[:2000], file=sys.stderr)
        return 1
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
