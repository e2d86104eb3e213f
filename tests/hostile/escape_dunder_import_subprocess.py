# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused subprocess.Popen()
# why: __import__('subprocess') and Popen
subprocess = __import__("subprocess")
subprocess.Popen(["touch", "/tmp/loopscope-hostile-canary-popen"]).wait()
