# expect: stopped output
# args: --max-output 1
# stderr: more than 1 MiB of output
# stdout: yyyy
# why: writes straight to file descriptor 1 with os.write, bypassing sys.stdout
import os

chunk = b"y" * 65536 + b"\n"
for i in range(400):
    os.write(1, chunk)
print("wrote 25 MiB")
