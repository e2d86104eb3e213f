# expect: stopped output
# args: --max-output 1
# stderr: more than 1 MiB of output
# stdout: zzzz
# why: writes bytes through sys.stdout.buffer, under the text layer
import sys

chunk = b"z" * 65536 + b"\n"
for i in range(400):
    sys.stdout.buffer.write(chunk)
print("wrote 25 MiB")
