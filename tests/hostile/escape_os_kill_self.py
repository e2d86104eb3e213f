# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.kill()
# stdout: about to kill myself
# why: os.kill(os.getpid(), 9): kills the worker itself
import os

print("about to kill myself", flush=True)
os.kill(os.getpid(), 9)
