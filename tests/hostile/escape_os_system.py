# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.system(): a program may not start
# why: os.system
import os

os.system("touch /tmp/loopscope-hostile-canary-system")
