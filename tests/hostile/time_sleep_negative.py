# expect: exit 1
# stderr: ValueError: sleep length must be non-negative
# why: time.sleep(-1)
import time

time.sleep(-1)
