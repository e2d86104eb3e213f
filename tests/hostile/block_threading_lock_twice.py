# expect: stopped cpu
# args: --max-cpu 1
# stderr: of real time
# stderr: waits for something that never comes
# stdout: acquired once
# why: acquires a plain threading.Lock twice: a real deadlock, with no CPU used and no loop involved
import threading

lock = threading.Lock()
lock.acquire()
print("acquired once", flush=True)
lock.acquire()
print("never")
