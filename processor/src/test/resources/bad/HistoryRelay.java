package bad;

import io.channels4j.annotations.*;

@Channel(path = "/x", relay = true)
@History(size = 10)
interface HistoryRelay {}
