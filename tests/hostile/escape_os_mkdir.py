# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.mkdir()
# why: makes a folder
import os

os.mkdir("/tmp/loopscope-hostile-canary-dir")
