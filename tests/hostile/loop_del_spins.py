# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stdout: bye
# why: an object whose __del__ spins for ever when the program ends
class Clingy:
    def __del__(self):
        while True:
            pass

keep = Clingy()
print("bye", flush=True)
