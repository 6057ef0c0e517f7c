package bad;

import io.channels4j.annotations.*;

@Envelope(action = "type")
interface EnvelopeOutsideChannel {}
