# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: to list
# stderr: a program may read only the Python installation
# why: lists the home folder (os.listdir of ~)
import os

print(os.listdir(os.path.expanduser("~")))
