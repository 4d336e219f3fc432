#!/usr/bin/env python3
"""Reads a speedscope file converted from a sampled-thread-time trace and prints where the time spent running
managed code goes: the share of running samples under each frame (inclusive), for the frames of the given prefixes."""
import json, sys, collections

WAITING = ("WaitOneNoCheck", "Monitor.Wait", "LowLevelLifoSemaphore", "Interop+Sys.Read", "WaitHandle.WaitMultiple",
           "Interop+Sys.WaitForSocketEvents", "Thread.Sleep", "SpinWait", "Interop+Sys.Poll", "epoll")
path, prefixes, top = sys.argv[1], tuple(sys.argv[2].split(",")), int(sys.argv[3]) if len(sys.argv) > 3 else 40
data = json.load(open(path))
frames = [f["name"] for f in data["shared"]["frames"]]
inclusive, leaves, running = collections.Counter(), collections.Counter(), 0


def count(stack, weight):
    global running
    # The sampler ends each stack with CPU_TIME (running managed code) or UNMANAGED_CODE_TIME (native, mostly blocked).
    if len(stack) < 2 or frames[stack[-1]] != "CPU_TIME" or any(w in frames[stack[-2]] for w in WAITING):
        return
    running += weight
    leaves[frames[stack[-2]]] += weight
    for name in {frames[i] for i in stack}:
        inclusive[name] += weight


for profile in data["profiles"]:
    if profile["type"] == "evented":
        # Open and close events: the time between two events belongs to the stack open between them.
        stack, last = [], profile["startValue"]
        for event in profile["events"]:
            count(stack, event["at"] - last)
            last = event["at"]
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    else:
        for stack, weight in zip(profile.get("samples", []), profile.get("weights", [])):
            count(stack, weight)
print(f"running time: {running:.0f} ms over {len(data['profiles'])} threads")
print("\nunder frame (inclusive share of running time):")
shown = 0
for name, weight in inclusive.most_common():
    if name.startswith(prefixes) or any(p in name for p in prefixes):
        print(f"{100 * weight / running:6.1f} %  {name[:150]}")
        shown += 1
        if shown >= top:
            break
print("\nleaf frames (exclusive):")
for name, weight in leaves.most_common(20):
    print(f"{100 * weight / running:6.1f} %  {name[:150]}")
