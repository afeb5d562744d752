#!/usr/bin/env python3
"""How routekaart feels at 120x40, measured through real pseudo-terminals side by side
with `dialog --menu`, the programs alternated launch by launch in one run:

- first frame: from just before the process is started to the first and the last byte
  of its first frame (the output is then quiet for 150 ms);
- keys: from writing the key to the last byte of the answer (quiet for 40 ms), with the
  bytes it took: Down on the route map and on the participants list, 4 -> 5, [ (5 -> 4),
  and the first visit to the network board of a 200-actor session;
- compaction: the worst key while typing into a 100k-event session, across 3 launches
  that each start with a journal a few events short of a compaction;
- idle: wake-ups a second (voluntary context switches of the main thread, the run loop,
  from /proc/PID/status) over 10 s on the route map, and on a wegwijzer whose countdown
  runs, with the screen updates in the same 10 s.

    python3 scripts/responsiveness.py BINARY FIXTURES [--launches 12] [--samples 10]

FIXTURES is a folder written by `routekaart-bench --fixtures`. Only pseudo-terminals are
used; nothing touches the network. Every wait has a deadline.
"""
import argparse, fcntl, os, shutil, signal, statistics, struct, subprocess, sys, tempfile, termios, time

DOWN, UP, ESC = b"\x1bOB", b"\x1bOA", b"\x1b"


class Pty:
    """A program on its own pseudo-terminal of 120x40."""

    def __init__(self, argv, env, cols=120, rows=40):
        self.started = time.perf_counter()
        pid, fd = os.forkpty()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.execve(argv[0], argv, env)
        self.pid, self.fd = pid, fd

    def collect(self, quiet, limit=10.0):
        """Reads until nothing came for `quiet` seconds: (bytes, first, last) with times."""
        total, first, last = b"", None, None
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            import select
            wait = quiet if last is not None else min(1.0, deadline - time.perf_counter())
            ready, _, _ = select.select([self.fd], [], [], max(0.0, wait))
            if not ready:
                if last is not None:
                    break
                continue
            try:
                chunk = os.read(self.fd, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            now = time.perf_counter()
            first = first if first is not None else now
            last = now
            total += chunk
        return total, first, last

    def first_frame(self, quiet=0.15, limit=30.0):
        data, first, last = self.collect(quiet, limit)
        if last is None:
            raise SystemExit(f"no first frame within {limit} s")
        return (first - self.started) * 1000, (last - self.started) * 1000, len(data)

    def key(self, keys, quiet=0.04):
        """Writes `keys`; (milliseconds to the last byte, bytes), or None if nothing changed."""
        sent = time.perf_counter()
        os.write(self.fd, keys)
        data, _, last = self.collect(quiet, 5.0)
        if last is None:
            return None
        return (last - sent) * 1000, len(data)

    def drain(self, seconds):
        self.collect(seconds, seconds)

    def updates(self, seconds):
        """Reads for `seconds`; the number of screen updates (bursts of output)."""
        count, deadline = 0, time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            data, _, last = self.collect(0.05, max(0.0, deadline - time.perf_counter()))
            count += last is not None
        return count

    def wakeups(self):
        """Voluntary context switches of the main thread (the run loop), /proc/PID/status."""
        for line in open(f"/proc/{self.pid}/status"):
            if line.startswith("voluntary_ctxt_switches"):
                return int(line.split()[1])
        return 0

    def stop(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            self.collect(0.05, 0.2)
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


class Series:
    def __init__(self, name):
        self.name, self.ms, self.bytes = name, [], []

    def add(self, sample):
        if sample is None:
            raise SystemExit(f"{self.name}: the key changed nothing on the screen")
        self.ms.append(sample[0])
        self.bytes.append(sample[1])

    def stats(self, values=None):
        v = sorted(values if values is not None else self.ms)
        return v[0], statistics.median(v), v[min(len(v) - 1, int(len(v) * 0.99))]


def fmt(stats):
    return "/".join(f"{x:6.2f}" for x in stats)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("fixtures")
    parser.add_argument("--launches", type=int, default=12)
    parser.add_argument("--samples", type=int, default=10, help="key samples of each kind per launch")
    parser.add_argument("--compactions", type=int, default=3)
    parser.add_argument("--compaction-keys", type=int, default=600)
    args = parser.parse_args()
    dialog = shutil.which("dialog")
    if not dialog:
        raise SystemExit("dialog is missing: apt-get install -y dialog")
    binary = os.path.abspath(args.binary)
    work = tempfile.mkdtemp(prefix="routekaart-responsiveness-")
    home = work + "/home"
    os.makedirs(home + "/data/routekaart")
    open(home + "/data/routekaart/rondleiding-gezien", "w").write("ja\n")
    env = {"HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": home + "/config", "TERM": "xterm-256color",
           "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    items = []
    for i in range(1, 21):
        items += [str(i), f"Wegwijzer nummer {i}"]
    dialog_argv = [dialog, "--menu", "Kies een wegwijzer", "30", "70", "20"] + items

    def copy(name):
        target = f"{work}/{name}"
        for suffix in ("", ".journal"):
            if os.path.exists(target + suffix):
                os.unlink(target + suffix)
            if os.path.exists(f"{args.fixtures}/{name}{suffix}"):
                shutil.copyfile(f"{args.fixtures}/{name}{suffix}", target + suffix)
        return target

    first = {k: Series(k) for k in ("open", "demo", "dialog")}
    first_byte = {k: Series(k) for k in ("open", "demo", "dialog")}
    keys = {k: Series(k) for k in ("route-map Down", "participants Down", "4 -> 5", "[ (5 -> 4)", "first visit to the 200-actor board", "dialog Down")}

    def moves(program, series, down_samples):
        for _ in range(down_samples // 5):
            for _ in range(5):
                series.add(program.key(DOWN))
            for _ in range(5):
                program.key(UP)

    for launch in range(args.launches):
        p = Pty([binary, "open", copy("klein.json")], env)
        fb, fl, n = p.first_frame()
        first["open"].add((fl, n)), first_byte["open"].add((fb, n))
        moves(p, keys["route-map Down"], args.samples)
        p.key(b"p")
        moves(p, keys["participants Down"], args.samples)
        p.key(ESC)
        p.key(b"4")
        for _ in range(args.samples):
            keys["4 -> 5"].add(p.key(b"5"))
            keys["[ (5 -> 4)"].add(p.key(b"["))
        p.stop()

        d = Pty(dialog_argv, env)
        fb, fl, n = d.first_frame()
        first["dialog"].add((fl, n)), first_byte["dialog"].add((fb, n))
        moves(d, keys["dialog Down"], args.samples)
        d.stop()

        b = Pty([binary, "open", copy("netwerk-200.json")], env)
        b.first_frame()
        keys["first visit to the 200-actor board"].add(b.key(b"4"))
        b.stop()

        demo = Pty([binary], env)
        fb, fl, n = demo.first_frame()
        first["demo"].add((fl, n)), first_byte["demo"].add((fb, n))
        demo.stop()
        for name in os.listdir(home + "/data/routekaart/sessions") if os.path.isdir(home + "/data/routekaart/sessions") else []:
            os.unlink(home + "/data/routekaart/sessions/" + name)

    # Typing into a 100k-event session across compactions: each key is counted as "during a
    # fold" while a fold's temporary file is there, and for the key after which the file or
    # the journal was replaced; the keys outside folds show the machine's own stalls.
    during, outside, folded = Series("during folds"), Series("outside folds"), 0
    for _ in range(args.compactions):
        path = copy("groot-100k.json")
        folder, name = os.path.dirname(path), os.path.basename(path)
        p = Pty([binary, "open", path], env)
        p.first_frame(quiet=0.3, limit=60)
        identity = (os.stat(path).st_ino, os.stat(path + ".journal").st_ino)
        for i in range(args.compaction_keys):
            sample = p.key(b"5" if i % 2 == 0 else b"4")
            now = (os.stat(path).st_ino, os.stat(path + ".journal").st_ino)
            folding = any(n.startswith("." + name + ".") for n in os.listdir(folder))
            if now != identity:
                folded += now[0] != identity[0]
                identity, folding = now, True
            (during if folding else outside).add(sample)
        p.stop()

    # Idle: wake-ups a second.
    p = Pty([binary, "open", copy("klein.json")], env)
    p.first_frame()
    p.drain(1.0)
    before = p.wakeups()
    idle_updates = p.updates(10.0) / 10
    idle = (p.wakeups() - before) / 10
    screen = p.key(b"1")
    p.drain(1.0)
    before = p.wakeups()
    countdown_updates = p.updates(10.0) / 10
    countdown = (p.wakeups() - before) / 10
    p.stop()
    shutil.rmtree(work, ignore_errors=True)

    load = open("/proc/loadavg").read().split()[:3]
    print(f"responsiveness at 120x40 through a pseudo-terminal: {args.launches} launches of each program, alternated; load before the run {' '.join(load)}")
    print(f"{'figure':44} {'routekaart min/median/p99':>27} {'dialog min/median/p99':>24}   target")
    d_first = first["dialog"].stats()
    ok_all = True

    def line(name, ours, theirs, target, ok):
        nonlocal ok_all
        ok_all &= ok
        print(f"{name:44} {fmt(ours):>27} {fmt(theirs) if theirs else '':>24}   {target}   {'ok' if ok else 'MISSED'}")

    for kind, label in (("open", "first frame, open (ms)"), ("demo", "first frame, bare demo (ms)")):
        s = first[kind].stats()
        line(label, s, d_first, f"median <= 1.25 x dialog = {1.25 * d_first[1]:.2f}", s[1] <= 1.25 * d_first[1])
    line("first byte, open (ms)", first_byte["open"].stats(), first_byte["dialog"].stats(), "(no target)", True)
    print(f"{'first frame bytes, open / demo / dialog':44} {statistics.median(first['open'].bytes):>27.0f} {statistics.median(first['demo'].bytes):>12.0f} {statistics.median(first['dialog'].bytes):>11.0f}")
    d_down = keys["dialog Down"].stats()
    for name in ("route-map Down", "participants Down", "4 -> 5", "[ (5 -> 4)", "first visit to the 200-actor board"):
        s = keys[name].stats()
        target = f"p99 <= 16, median <= 2 x dialog = {2 * d_down[1]:.2f}"
        ok = s[2] <= 16 and s[1] <= 2 * d_down[1]
        line(f"{name} (ms, n={len(keys[name].ms)})", s, d_down, target, ok)
    for name in ("route-map Down", "participants Down", "4 -> 5", "[ (5 -> 4)", "first visit to the 200-actor board", "dialog Down"):
        print(f"    bytes per key, {name:38} median {statistics.median(keys[name].bytes):7.0f}   max {max(keys[name].bytes):7.0f}")
    s = during.stats() if during.ms else (0, 0, 0)
    line(f"keys during {folded} folds of 100k events (ms, n={len(during.ms)})", s, None, "worst <= 16, >= 3 folds",
         bool(during.ms) and max(during.ms) <= 16 and folded >= args.compactions)
    print(f"    worst key during folds: {max(during.ms or [0]):.2f} ms; outside folds, same run: {max(outside.ms):.2f} ms "
          f"(median {statistics.median(outside.ms):.2f}, n={len(outside.ms)})")
    line("idle wake-ups a second, route map", (idle, idle, idle), None, "<= 0.1 (a minute's clock)", idle <= 0.1)
    line("idle wake-ups a second, countdown running", (countdown, countdown, countdown), None, "<= 1.1", countdown <= 1.1 and screen is not None)
    print(f"    screen updates a second over the same 10 s: route map {idle_updates:.1f}, countdown {countdown_updates:.1f} (target 1.0)")
    print("all targets hold" if ok_all else "SOME TARGETS MISSED")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
