# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused to map a file
# why: maps a file of the standard library into memory
import asyncio
import mmap
import os

fd = os.open(asyncio.__file__, os.O_RDONLY)
m = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
print(m[:10])
