# expect: exit 1
# stderr: OverflowError: timestamp too large to convert to C _PyTime_t
# why: time.sleep(1e308) overflows the C time type
import time

time.sleep(1e308)
