# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused resource.setrlimit()
# why: raises its own CPU limit with resource.setrlimit
import resource

resource.setrlimit(resource.RLIMIT_CPU, (10**6, 10**6))
