package io.channels4j.processor;

import io.channels4j.runtime.internal.Violations;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Random values of the types of compiled inputs, by reflection: records through their canonical
 * constructor, classes through their constructor and fields, the JDK types the codecs hold, and
 * containers, with {@code null} only where a member is {@code @Nullable}. Each value keeps the
 * member's {@code jakarta.validation} constraints, and each object its type's generated validator
 * accepts, so that it is a value the server could have read.
 */
final class RandomValues {
  /** How deep values nest: past it, containers are empty and nullable members null. */
  private static final int DEPTH = 4;

  /** How many objects are built before one that its validator accepts is given up. */
  private static final int TRIES = 200;

  /** Text that is hard to write as JSON: escapes, controls, non-ASCII and a surrogate pair. */
  private static final List<String> AWKWARD =
      List.of(
          "\"",
          "\\",
          "/",
          "\b",
          "\f",
          "\n",
          "\r",
          "\t",
          "\u0000",
          "\u001f",
          "\u007f",
          "\u0085",
          "\u00a0",
          "é",
          "ß",
          "中",
          "\u2028",
          "\u2029",
          "\ufeff",
          "\ud83d\ude00",
          " ");

  /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z in seconds since the epoch. */
  private static final long YEAR_ONE = -62_135_596_800L;

  private static final long YEAR_9999_END = 253_402_300_799L;

  /**
   * The annotations of a value that is no member, such as an element: a container's constraints are
   * about the container, and its elements are never null.
   */
  private static final Annotation[] NONE = {};

  private static final String PLAIN = "abcxyzABCXYZ0189_-.";

  /** The strings a member with {@code @Email} or {@code @Pattern} takes, when they match. */
  private static final List<String> CANDIDATES =
      List.of(
          "",
          "a",
          "Ann_1",
          "bob_smith",
          "X",
          "12345",
          "ann@example.org",
          "o'hara+tag@mail.example.org",
          "jö@exämple.com",
          "bob@example.com",
          "+123456",
          "+4915112345678",
          "+123456789012345");

  private static final List<String> URIS =
      List.of(
          "https://example.org/a/b?c=d&e=%20#f",
          "urn:isbn:0451450523",
          "mailto:ann@example.org",
          "relative/path",
          "/abs%2Fpath",
          "http://[::1]:8080/",
          "/café?q=ü#ö",
          "");

  private final Random random;
  private final Map<Class<?>, Function<Random, Object>> given = new LinkedHashMap<>();

  RandomValues(Random random) {
    this.random = random;
  }

  /**
   * Makes values of {@code type} with {@code make} rather than from its members: for a type held
   * through the user's codec, which reads back only some of the values its members can hold.
   */
  RandomValues with(Class<?> type, Function<Random, Object> make) {
    given.put(type, make);
    return this;
  }

  /** A random valid value of {@code type}, never null. */
  Object of(Type type) {
    return value(type, NONE, 0);
  }

  private Object value(Type type, Annotation[] member, int depth) {
    if (has(member, "Nullable") && (depth >= DEPTH || random.nextInt(4) == 0)) {
      return null;
    }
    if (type instanceof ParameterizedType parameterized) {
      return container(parameterized, member, depth);
    }
    if (type instanceof GenericArrayType array) {
      return array(array.getGenericComponentType(), member, depth);
    }
    if (!(type instanceof Class<?> raw)) {
      throw new AssertionError("no random value of " + type);
    }
    if (raw.isArray() && raw != byte[].class) {
      return array(raw.getComponentType(), member, depth);
    }
    Object jdk = jdk(raw, member);
    if (jdk != null) {
      return jdk;
    }
    if (given.containsKey(raw)) {
      return given.get(raw).apply(random);
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (raw.isSealed()) {
      Class<?>[] subtypes = raw.getPermittedSubclasses();
      return value(subtypes[random.nextInt(subtypes.length)], NONE, depth);
    }
    return validObject(raw, depth);
  }

  /** A value of a JDK type, or null if {@code type} is none. */
  private Object jdk(Class<?> type, Annotation[] member) {
    if (type == String.class) {
      return text(member);
    }
    if (type == boolean.class || type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == char.class || type == Character.class) {
      String text;
      do {
        text = piece();
      } while (text.length() != 1);
      return text.charAt(0);
    }
    if (type == byte.class || type == Byte.class) {
      return integer(member, (long) Byte.MIN_VALUE, (long) Byte.MAX_VALUE).byteValueExact();
    }
    if (type == short.class || type == Short.class) {
      return integer(member, (long) Short.MIN_VALUE, (long) Short.MAX_VALUE).shortValueExact();
    }
    if (type == int.class || type == Integer.class) {
      return integer(member, (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE).intValueExact();
    }
    if (type == long.class || type == Long.class) {
      return integer(member, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact();
    }
    if (type == double.class || type == Double.class) {
      return floating(member, Double.MAX_VALUE, () -> Double.longBitsToDouble(random.nextLong()));
    }
    if (type == float.class || type == Float.class) {
      return (float)
          floating(member, Float.MAX_VALUE, () -> Float.intBitsToFloat(random.nextInt()));
    }
    if (type == BigInteger.class) {
      return integer(member, null, null).toBigIntegerExact();
    }
    if (type == BigDecimal.class) {
      return decimal(member);
    }
    if (type == byte[].class) {
      byte[] bytes = new byte[random.nextInt(9)];
      random.nextBytes(bytes);
      return bytes;
    }
    if (type == UUID.class) {
      return new UUID(random.nextLong(), random.nextLong());
    }
    if (type == URI.class) {
      return URI.create(URIS.get(random.nextInt(URIS.size())));
    }
    if (type == Instant.class) {
      return Instant.ofEpochSecond(
          seconds(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()), nanos());
    }
    if (type == LocalDate.class) {
      return LocalDate.ofEpochDay(day());
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.of(LocalDate.ofEpochDay(day()), time());
    }
    if (type == LocalTime.class) {
      return time();
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(LocalDate.ofEpochDay(day()).atTime(time()), offset());
    }
    if (type == ZonedDateTime.class) {
      ZoneId zone =
          random.nextBoolean()
              ? offset()
              : ZoneId.of(
                  List.of("Europe/Paris", "America/St_Johns", "UTC").get(random.nextInt(3)));
      return ZonedDateTime.of(LocalDate.ofEpochDay(day()).atTime(time()), zone);
    }
    if (type == Duration.class) {
      return Duration.ofSeconds(random.nextLong() % 1_000_000_000_000L, nanos());
    }
    return null;
  }

  /**
   * Seconds since the epoch: mostly in the years 1 to 9999, as people write them, and sometimes
   * anywhere from {@code min} to {@code max}.
   */
  private long seconds(long min, long max) {
    if (random.nextInt(10) == 0) {
      // Rounded through a double: kept from passing max.
      return Math.min(max, min + (long) (random.nextDouble() * ((double) max - min)));
    }
    return YEAR_ONE + (long) (random.nextDouble() * (YEAR_9999_END - YEAR_ONE));
  }

  private long day() {
    return Math.floorDiv(
        seconds(LocalDate.MIN.toEpochDay() * 86_400, LocalDate.MAX.toEpochDay() * 86_400), 86_400);
  }

  private LocalTime time() {
    return LocalTime.ofNanoOfDay(
        random.nextBoolean()
            ? random.nextInt(86_400) * 1_000_000_000L
            : (long) (random.nextDouble() * 86_400_000_000_000L));
  }

  private ZoneOffset offset() {
    return ZoneOffset.ofTotalSeconds(
        random.nextBoolean() ? random.nextInt(-18, 19) * 3600 : random.nextInt(-64_800, 64_801));
  }

  private int nanos() {
    return random.nextBoolean() ? 0 : random.nextInt(1_000_000_000);
  }

  /** A string of the member's size, not blank if it must not be, or a matching candidate. */
  private String text(Annotation[] member) {
    int[] size = size(member);
    Pattern pattern = find(member, Pattern.class);
    Email email = find(member, Email.class);
    if (pattern != null || email != null) {
      List<String> fit = new ArrayList<>();
      for (String candidate : CANDIDATES) {
        if (candidate.length() >= size[0]
            && candidate.length() <= size[1]
            && (pattern == null || matches(candidate, pattern.regexp(), pattern.flags()))
            && (email == null || matches(candidate, email.regexp(), email.flags()))) {
          fit.add(candidate);
        }
      }
      if (fit.isEmpty()) {
        throw new AssertionError("no candidate string fits " + Arrays.toString(member));
      }
      return fit.get(random.nextInt(fit.size()));
    }
    int length = size[0] + random.nextInt(Math.min(size[1], size[0] + 12) - size[0] + 1);
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      String piece = piece();
      if (text.length() + piece.length() <= length) {
        text.append(piece);
      }
    }
    if (find(member, NotBlank.class) != null && text.toString().trim().isEmpty()) {
      text.setCharAt(0, 'n');
    }
    return text.toString();
  }

  private String piece() {
    if (random.nextInt(3) == 0) {
      return AWKWARD.get(random.nextInt(AWKWARD.size()));
    }
    return String.valueOf(PLAIN.charAt(random.nextInt(PLAIN.length())));
  }

  private static boolean matches(String text, String regexp, Pattern.Flag[] flags) {
    int bits = 0;
    for (Pattern.Flag flag : flags) {
      bits |= flag.getValue();
    }
    return java.util.regex.Pattern.compile(regexp, bits).matcher(text).matches();
  }

  /** The least and most size of the member's text or container, by its constraints. */
  private static int[] size(Annotation[] member) {
    int min = find(member, NotEmpty.class) != null || find(member, NotBlank.class) != null ? 1 : 0;
    int max = Integer.MAX_VALUE;
    Size size = find(member, Size.class);
    if (size != null) {
      min = Math.max(min, size.min());
      max = size.max();
    }
    return new int[] {min, max};
  }

  /** Bounds of a number by its constraints: the least and most, null where there is none. */
  private static BigDecimal[] bounds(Annotation[] member, BigDecimal min, BigDecimal max) {
    BigDecimal[] bounds = {min, max};
    Min least = find(member, Min.class);
    if (least != null) {
      atLeast(bounds, BigDecimal.valueOf(least.value()));
    }
    Max most = find(member, Max.class);
    if (most != null) {
      atMost(bounds, BigDecimal.valueOf(most.value()));
    }
    DecimalMin decimalMin = find(member, DecimalMin.class);
    if (decimalMin != null) {
      atLeast(bounds, new BigDecimal(decimalMin.value()));
    }
    DecimalMax decimalMax = find(member, DecimalMax.class);
    if (decimalMax != null) {
      atMost(bounds, new BigDecimal(decimalMax.value()));
    }
    if (find(member, PositiveOrZero.class) != null || find(member, Positive.class) != null) {
      atLeast(bounds, BigDecimal.ZERO);
    }
    if (find(member, NegativeOrZero.class) != null || find(member, Negative.class) != null) {
      atMost(bounds, BigDecimal.ZERO);
    }
    return bounds;
  }

  private static void atLeast(BigDecimal[] bounds, BigDecimal min) {
    bounds[0] = bounds[0] == null ? min : bounds[0].max(min);
  }

  private static void atMost(BigDecimal[] bounds, BigDecimal max) {
    bounds[1] = bounds[1] == null ? max : bounds[1].min(max);
  }

  /**
   * An integer within the member's bounds, often one of the bounds themselves; exclusive bounds
   * ({@code @Positive}, {@code @DecimalMin(inclusive = false)}) are left to the validator.
   */
  private BigDecimal integer(Annotation[] member, Long min, Long max) {
    BigDecimal[] bounds =
        bounds(
            member,
            min == null ? null : BigDecimal.valueOf(min),
            max == null ? null : BigDecimal.valueOf(max));
    BigInteger low =
        bounds[0] == null ? null : bounds[0].setScale(0, RoundingMode.CEILING).toBigInteger();
    BigInteger high =
        bounds[1] == null ? null : bounds[1].setScale(0, RoundingMode.FLOOR).toBigInteger();
    int pick = random.nextInt(8);
    if (pick == 0 && low != null) {
      return new BigDecimal(low);
    }
    if (pick == 1 && high != null) {
      return new BigDecimal(high);
    }
    if (pick == 2) {
      BigInteger small = BigInteger.valueOf(random.nextInt(-2, 3));
      if ((low == null || small.compareTo(low) >= 0)
          && (high == null || small.compareTo(high) <= 0)) {
        return new BigDecimal(small);
      }
    }
    BigInteger offset = new BigInteger(random.nextInt(1, 100), random);
    BigInteger result;
    if (low != null && high != null) {
      result = low.add(offset.mod(high.subtract(low).add(BigInteger.ONE)));
    } else if (low != null) {
      result = low.add(offset);
    } else if (high != null) {
      result = high.subtract(offset);
    } else {
      result = random.nextBoolean() ? offset : offset.negate();
    }
    return new BigDecimal(result);
  }

  /** A decimal within the member's bounds, with a scale that may be negative or long. */
  private BigDecimal decimal(Annotation[] member) {
    BigDecimal[] bounds = bounds(member, null, null);
    BigDecimal offset =
        new BigDecimal(new BigInteger(random.nextInt(1, 80), random), random.nextInt(-4, 12));
    if (bounds[0] != null && bounds[1] != null) {
      BigDecimal span = bounds[1].subtract(bounds[0]);
      return bounds[0].add(span.multiply(BigDecimal.valueOf(random.nextDouble())));
    }
    if (bounds[0] != null) {
      return bounds[0].add(offset);
    }
    if (bounds[1] != null) {
      return bounds[1].subtract(offset);
    }
    return random.nextBoolean() ? offset : offset.negate();
  }

  /** A finite number within the member's bounds: any bit pattern that is, or a plain one. */
  private double floating(Annotation[] member, double largest, DoubleSupplier bits) {
    BigDecimal[] bounds = bounds(member, null, null);
    double low = bounds[0] == null ? -largest : bounds[0].doubleValue();
    double high = bounds[1] == null ? largest : bounds[1].doubleValue();
    for (int i = 0; i < TRIES; i++) {
      double value =
          switch (random.nextInt(4)) {
            case 0 -> bits.getAsDouble();
            case 1 -> random.nextInt(-1000, 1001) / 8.0;
            case 2 ->
                List.of(0.0, -0.0, 1e-300, -1e300, 0.1, largest, -largest).get(random.nextInt(7));
            default -> low + (high - low) * random.nextDouble();
          };
      if (Double.isFinite(value) && value >= low && value <= high) {
        return value;
      }
    }
    throw new AssertionError("no number between " + low + " and " + high);
  }

  private Object container(ParameterizedType type, Annotation[] member, int depth) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (raw == Optional.class) {
      boolean present =
          find(member, NotNull.class) != null || (depth < DEPTH && random.nextInt(4) != 0);
      return present ? Optional.of(value(arguments[0], NONE, depth + 1)) : Optional.empty();
    }
    int size = size(member, depth);
    if (raw == Map.class) {
      Map<String, Object> map = new LinkedHashMap<>();
      while (map.size() < size) {
        map.put(text(NONE), value(arguments[1], NONE, depth + 1));
      }
      return map;
    }
    Collection<Object> elements =
        raw == Set.class
            ? new LinkedHashSet<>()
            : raw == List.class || raw == Collection.class ? new ArrayList<>() : null;
    if (elements == null) {
      throw new AssertionError("no random value of " + type);
    }
    for (int i = 0; i < size; i++) {
      elements.add(value(arguments[0], NONE, depth + 1));
    }
    return elements;
  }

  private Object array(Type component, Annotation[] member, int depth) {
    int size = size(member, depth);
    Class<?> raw =
        component instanceof Class<?> c
            ? c
            : (Class<?>) ((ParameterizedType) component).getRawType();
    Object array = Array.newInstance(raw, size);
    for (int i = 0; i < size; i++) {
      Array.set(array, i, value(component, NONE, depth + 1));
    }
    return array;
  }

  /** How many elements a container gets: a few, within its size, none past the depth. */
  private int size(Annotation[] member, int depth) {
    int[] size = size(member);
    int most = Math.min(size[1], size[0] + (depth >= DEPTH ? 0 : 4));
    return size[0] + random.nextInt(most - size[0] + 1);
  }

  /** An object of {@code type} its generated validator accepts, if it has one. */
  private Object validObject(Class<?> type, int depth) {
    Method validate = validator(type);
    List<String> refused = List.of();
    for (int i = 0; i < TRIES; i++) {
      Object value = object(type, depth);
      refused = CompiledClasses.violations(validate, value);
      if (refused.isEmpty()) {
        return value;
      }
    }
    throw new AssertionError(
        "no valid " + type.getName() + " in " + TRIES + " tries; the last broke " + refused);
  }

  private Object object(Class<?> type, int depth) {
    if (depth > 3 * DEPTH) {
      throw new AssertionError(type + " contains itself in a member that cannot be empty");
    }
    try {
      if (type.isRecord()) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
          RecordComponent component = components[i];
          types[i] = component.getType();
          arguments[i] =
              value(
                  component.getGenericType(),
                  annotations(
                      component.getAnnotations(),
                      component.getAccessor().getAnnotations(),
                      type.getDeclaredField(component.getName()).getAnnotations()),
                  depth + 1);
        }
        return construct(type.getDeclaredConstructor(types), arguments);
      }
      List<Field> fields = new ArrayList<>();
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
          field.setAccessible(true);
          fields.add(field);
        }
      }
      Constructor<?> constructor = constructor(type, fields);
      Object[] arguments = new Object[constructor.getParameterCount()];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] =
            value(fields.get(i).getGenericType(), fields.get(i).getAnnotations(), depth + 1);
      }
      Object value = construct(constructor, arguments);
      if (arguments.length == 0) {
        for (Field field : fields) {
          field.set(value, value(field.getGenericType(), field.getAnnotations(), depth + 1));
        }
      }
      return value;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The class's no-argument constructor, or else its one constructor that takes its fields in their
   * order, as {@code Keeper}'s does.
   */
  private static Constructor<?> constructor(Class<?> type, List<Field> fields) {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (constructor.getParameterCount() == 0) {
        return constructor;
      }
    }
    Constructor<?>[] constructors = type.getDeclaredConstructors();
    Class<?>[] fieldTypes = fields.stream().map(Field::getType).toArray(Class<?>[]::new);
    if (constructors.length != 1
        || !Arrays.equals(constructors[0].getParameterTypes(), fieldTypes)) {
      throw new AssertionError("no constructor of " + type + " that takes its fields");
    }
    return constructors[0];
  }

  private static Object construct(Constructor<?> constructor, Object[] arguments)
      throws ReflectiveOperationException {
    constructor.setAccessible(true);
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          constructor + " refused " + Arrays.toString(arguments), e.getCause());
    }
  }

  /** The {@code validate} method of the type's generated validator, or null if it has none. */
  private static Method validator(Class<?> type) {
    String name = type.getName();
    String validator =
        type.getPackageName()
            + "."
            + name.substring(name.lastIndexOf('.') + 1).replace('$', '_')
            + "Validator";
    try {
      return type.getClassLoader()
          .loadClass(validator)
          .getMethod("validate", type, Violations.class);
    } catch (ClassNotFoundException e) {
      return null;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static Annotation[] annotations(Annotation[]... sources) {
    return Stream.of(sources).flatMap(Stream::of).distinct().toArray(Annotation[]::new);
  }

  /** Whether the member has an annotation of this simple name, as the processor recognises it. */
  private static boolean has(Annotation[] member, String simpleName) {
    for (Annotation annotation : member) {
      if (annotation.annotationType().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  private static <A extends Annotation> A find(Annotation[] member, Class<A> type) {
    for (Annotation annotation : member) {
      if (type.isInstance(annotation)) {
        return type.cast(annotation);
      }
    }
    return null;
  }
}
