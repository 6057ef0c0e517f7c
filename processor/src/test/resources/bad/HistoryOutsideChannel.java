package bad;

import io.channels4j.annotations.*;

@History(size = 10)
interface HistoryOutsideChannel {}
