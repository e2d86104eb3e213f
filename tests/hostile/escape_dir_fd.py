# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: to open '/' for reading
# why: opens etc/passwd relative to a descriptor of the root folder
import os

root = os.open("/", os.O_RDONLY)
print(os.read(os.open("etc/passwd", os.O_RDONLY, dir_fd=root), 100))
