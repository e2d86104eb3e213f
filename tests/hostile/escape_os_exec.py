# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.exec()
# why: os.execv replaces the worker with another program
import os

os.execv("/usr/bin/touch", ["touch", "/tmp/loopscope-hostile-canary-exec"])
