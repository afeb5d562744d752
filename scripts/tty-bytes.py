#!/usr/bin/env python3
"""Bytes routekaart sends to the terminal: a one-row selection move on the participants
list against a full repaint of that same screen (Ctrl-L), through a real pseudo-terminal
at 120x40. The first frame of the route map is printed for comparison.

    python3 scripts/tty-bytes.py [path/to/routekaart]
"""
import fcntl, os, pty, select, struct, sys, tempfile, termios, time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/routekaart"
home = tempfile.mkdtemp(prefix="routekaart-tty-")
os.makedirs(home + "/data/routekaart", exist_ok=True)
open(home + "/data/routekaart/rondleiding-gezien", "w").write("ja\n")

pid, fd = pty.fork()
if pid == 0:
    os.environ.update({"HOME": home, "XDG_DATA_HOME": home + "/data", "TERM": "xterm-256color", "LANG": "C.UTF-8"})
    os.execv(binary, [binary])

fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

def drain(quiet=0.4, limit=5.0):
    """Reads until the program has been quiet for `quiet` seconds."""
    total, start, last = 0, time.time(), time.time()
    while time.time() - start < limit:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            total += len(chunk)
            last = time.time()
        elif time.time() - last > quiet and total > 0:
            break
    return total

first = drain()              # the first frame: the route map
os.write(fd, b"p")           # the participants list
drain()
os.write(fd, b"\x0c")        # Ctrl-L: the same screen sent whole
full = drain()
os.write(fd, b"\x1bOB")      # one row down (cursor keys in keypad mode)
move = drain()
os.write(fd, b"q")
drain(0.2)
os.write(fd, b"\r")
drain(0.2)
os.waitpid(pid, 0)
ratio = 100 * move / max(1, first)
print(f"full repaint (first frame, the route map at 120x40): {first} bytes")
print(f"one-row selection move: {move} bytes = {ratio:.1f} % of a full repaint, budget <= 5 %   {'ok' if ratio <= 5 else 'OVER BUDGET'}")
print(f"    (the participants screen alone, sent whole with Ctrl-L, is {full} bytes; the move is {100 * move / max(1, full):.1f} % of that)")
