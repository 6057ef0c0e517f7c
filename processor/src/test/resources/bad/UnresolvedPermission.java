package bad;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Permission;

@Channel(path = "/unresolved-permission")
@Permission(NoSuchCheck.class)
public interface UnresolvedPermission {
  @Action("ping")
  long ping();
}
