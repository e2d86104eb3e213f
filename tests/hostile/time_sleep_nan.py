# expect: exit 1
# stderr: ValueError: Invalid value NaN (not a number)
# why: time.sleep(nan)
import time

time.sleep(float("nan"))
