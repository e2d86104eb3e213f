# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stderr: in forever()
# stdout: registered
# why: an atexit handler that never returns, after the program itself is done
import atexit

def forever():
    while True:
        pass

atexit.register(forever)
print("registered", flush=True)
