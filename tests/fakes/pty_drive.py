#!/usr/bin/env python3
"""Runs a command under a pseudo-terminal and answers its prompts, as a person would.

Usage: pty_drive.py EXPECT SEND [EXPECT SEND ...] -- COMMAND [ARGS...]
Waits for each EXPECT text in the output, then types SEND (Python escapes allowed: \\r, \\x1b[B).
Prints everything the command wrote to the terminal and exits with its exit code (99 if a prompt never
came or the command never ended after the last answer: it is killed, and its output printed so the test
shows where it stopped).
"""
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

args = sys.argv[1:]
separator = args.index("--")
pairs = args[:separator]
command = args[separator + 1:]
steps = [(pairs[i], pairs[i + 1].encode().decode("unicode_escape")) for i in range(0, len(pairs), 2)]

pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)
# A terminal of a real size (a new pty reports 0 x 0): 50 rows of 200 columns, as COLUMNS says elsewhere.
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))

output = b""
seen = 0


def read_some(timeout):
    global output
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return True
    try:
        data = os.read(fd, 4096)
    except OSError:
        return False
    if not data:
        return False
    output += data
    return True


def give_up():
    """The command is stuck (a prompt that never came, or an answer it never read): stop it, show its output."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass
    sys.stdout.buffer.write(output)
    sys.exit(99)


def wait_until_reading(deadline):
    """Waits until the command has switched the terminal to how it reads this answer (no echo for a secret,
    no line editing for a key press). Typed before that switch, the answer can be thrown away by it:
    console sets a secret prompt's mode with TCSAFLUSH, which discards input not yet read. A prompt that
    reads a plain line never switches: then the answer goes after a short wait, as a person's would."""
    settle = min(deadline, time.monotonic() + 2)
    while time.monotonic() < settle:
        lflag = termios.tcgetattr(fd)[3]
        if not lflag & termios.ECHO or not lflag & termios.ICANON:
            return
        if not read_some(0.01):
            return


for expect, send in steps:
    deadline = time.monotonic() + 30  # a guard against a prompt that never comes, not a timing check
    while expect.encode() not in output[seen:]:
        if not read_some(0.2) or time.monotonic() > deadline:
            give_up()
    seen = output.index(expect.encode(), seen) + len(expect)
    wait_until_reading(deadline)
    os.write(fd, send.encode())

# The command ends once answered; a guard (not a timing check) against one left waiting for input.
deadline = time.monotonic() + 60
while read_some(0.2):
    if time.monotonic() > deadline:
        give_up()
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(output)
sys.exit(os.waitstatus_to_exitcode(status))
