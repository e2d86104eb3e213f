# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused socket.__new__(): a program may not use the network
# why: opens a TCP socket
import socket

s = socket.socket()
s.connect(("127.0.0.1", 80))
