package bad;

import io.channels4j.annotations.*;

@Channel(path = "/x", relay = true)
@Envelope(action = "type", payload = "data")
interface EnvelopeOnRelay {}
