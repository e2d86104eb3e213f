# expect: stopped output
# args: --max-output 1
# stderr: UserWarning: warning number 0
# stderr: more than 1 MiB of output
# why: warnings.warn with the always filter, in an endless loop
import warnings

warnings.simplefilter("always")
n = 0
while True:
    warnings.warn(f"warning number {n}")
    n += 1
