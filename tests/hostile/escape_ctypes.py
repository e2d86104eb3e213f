# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused to import ctypes
# why: import ctypes
import ctypes

ctypes.CDLL(None).system(b"true")
