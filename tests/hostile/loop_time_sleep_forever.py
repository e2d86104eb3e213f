# expect: stopped time
# args: --max-time 1000
# stderr: virtual time would pass 1000 s
# stderr: --max-time
# stdout: sleeping
# why: a blocking time.sleep(1) in an endless loop
import time

print("sleeping", flush=True)
while True:
    time.sleep(1)
