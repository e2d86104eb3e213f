# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for reading
# stderr: a program may read only the Python installation
# why: reads /etc/passwd through a path that starts inside the Python installation
import asyncio
import os

path = os.path.join(os.path.dirname(asyncio.__file__), "..", "..", "..", "..", "etc", "passwd")
print(open(path).read())
