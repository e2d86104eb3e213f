# expect: crashed
# stderr: died of signal 6
# stdout: aborting
# why: os.abort(): SIGABRT
import os

print("aborting", flush=True)
os.abort()
