# expect: exit 0
# same-as-cpython
# why: os._exit(0) skips flushing: the buffered print is lost, as in CPython
import os

print("buffered, never flushed")
os._exit(0)
