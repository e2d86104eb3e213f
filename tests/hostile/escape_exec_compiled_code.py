# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused os.system()
# why: hides the call inside exec of a string
code = compile("import os; os.system('touch /tmp/loopscope-hostile-canary-exec-string')", "<hidden>", "exec")
exec(code)
