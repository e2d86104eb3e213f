# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for reading
# why: changes folder to the Python installation and climbs out with a relative path
import asyncio
import os

os.chdir(os.path.dirname(asyncio.__file__))
print(open("../../../../etc/passwd").read())
