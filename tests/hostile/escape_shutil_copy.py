# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused shutil.copyfile()
# why: copies a file of the standard library to /tmp
import shutil
import asyncio

shutil.copy(asyncio.__file__, "/tmp/loopscope-hostile-canary-copy")
