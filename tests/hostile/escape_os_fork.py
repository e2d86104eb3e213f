# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.fork()
# why: os.fork
import os

pid = os.fork()
print("forked", pid)
