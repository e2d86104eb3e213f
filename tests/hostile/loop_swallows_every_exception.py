# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stdout: start
# why: an endless loop that catches BaseException, hoping to outlive the CPU limit
print("start", flush=True)
while True:
    try:
        while True:
            pass
    except BaseException as error:
        print("swallowed", type(error).__name__, flush=True)
