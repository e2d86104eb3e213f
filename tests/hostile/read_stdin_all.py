# expect: exit 0
# stdout: read 0 0
# why: sys.stdin.read() and os.read(0): both see an empty stdin
import os
import sys

print("read", len(sys.stdin.read()), len(os.read(0, 100)))
