# expect: exit 0
# stdout: b'hello'
# same-as-cpython
# why: anonymous shared memory is not a file: mmap(-1, n) is allowed
import mmap

m = mmap.mmap(-1, 4096)
m[:5] = b"hello"
print(m[:5])
