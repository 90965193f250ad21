#!/usr/bin/env python3
"""Runs a command under a pseudo-terminal and answers its prompts, as a person would.

Usage: pty_drive.py EXPECT SEND [EXPECT SEND ...] -- COMMAND [ARGS...]
Waits for each EXPECT text in the output, then types SEND (Python escapes allowed: \\r, \\x1b[B).
Prints everything the command wrote to the terminal and exits with its exit code (99 if a prompt never
came: the command's output is printed so the test shows where it stopped).
"""
import fcntl
import os
import pty
import select
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


for expect, send in steps:
    deadline = time.monotonic() + 30  # a guard against a prompt that never comes, not a timing check
    while expect.encode() not in output[seen:]:
        if not read_some(0.2) or time.monotonic() > deadline:
            sys.stdout.buffer.write(output)
            sys.exit(99)
    seen = output.index(expect.encode(), seen) + len(expect)
    os.write(fd, send.encode())

while read_some(5):
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(output)
sys.exit(os.waitstatus_to_exitcode(status))
