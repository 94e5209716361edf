print("failing runs")
STARTED = True
raise ValueError("failing module gives up")
