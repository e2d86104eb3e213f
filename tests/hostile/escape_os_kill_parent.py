# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.kill()
# why: os.kill of the parent process
import os

os.kill(os.getppid(), 15)
