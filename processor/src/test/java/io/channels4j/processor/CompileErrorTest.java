package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per compile error: each input under {@code src/test/resources/bad} has exactly one
 * mistake, reported once, with its stable tag, on the line at fault.
 */
class CompileErrorTest {

  /** The supported types, as the errors about unsupported ones list them. */
  private static final String SUPPORTED =
      "String, primitives and their boxes, UUID, Instant, OffsetDateTime, LocalDate,"
          + " LocalDateTime, LocalTime, Duration and URI (as strings), BigDecimal and BigInteger"
          + " (as numbers), byte[] (as a base64 string), List, Set, Collection, Map<String, V>,"
          + " Optional, arrays, enums, records and classes of your own, sealed interfaces of"
          + " records, and any type with a codec named by @JsonWith or @Channel(codecs)";

  private static void assertSingleError(String name, String message, String line) {
    JavaFileObject file = Inputs.resource("bad/" + name + ".java");
    Compilation compilation = Inputs.compile(List.of("bad/" + name + ".java"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  /**
   * The channel processor, given a Filer that records the name of every source file it creates:
   * compile-testing shows no generated file once a compilation failed.
   */
  private static final class RecordingProcessor extends AbstractProcessor {
    private final Processor processor = new ChannelProcessor();
    private final List<String> created = new ArrayList<>();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer recording =
          forwarding(
              Filer.class,
              env.getFiler(),
              (method, args) -> {
                if (method.getName().equals("createSourceFile")) {
                  created.add(args[0].toString());
                }
                return null;
              });
      processor.init(
          forwarding(
              ProcessingEnvironment.class,
              env,
              (method, args) -> method.getName().equals("getFiler") ? recording : null));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }
  }

  /** A {@code type} that answers what {@code replace} answers, else what {@code target} does. */
  private static <T> T forwarding(
      Class<T> type, T target, BiFunction<Method, Object[], Object> replace) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Object replacement = replace.apply(method, args);
              if (replacement != null) {
                return replacement;
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }

  /** Asserts that the processor creates no source file at all for the input {@code bad/name}. */
  private static void assertNothingGenerated(String name) {
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation =
        javac().withProcessors(processor).compile(Inputs.resource("bad/" + name + ".java"));
    assertThat(compilation).failed();
    assertThat(processor.created).isEmpty();
  }

  @Test
  void channelOnAClass() {
    assertSingleError(
        "NotInterface",
        "[ChannelsNotInterface] @Channel goes on an interface, but NotInterface is a class",
        "@Channel(path = \"/x\")");
  }

  @Test
  void privateChannel() {
    assertSingleError(
        "PrivateChannel",
        "[ChannelsVisibility] Hidden is private, so the generated dispatcher cannot implement it",
        "@Channel(path = \"/x\")");
  }

  @Test
  void channelWithoutActions() {
    assertSingleError(
        "NoActions",
        "[ChannelsNoActions] NoActions has no @Action methods, so no frame could be handled; add"
            + " an @Action method, or declare @Channel(relay = true)",
        "@Channel(path = \"/x\")");
  }

  @Test
  void relayWithActions() {
    assertSingleError(
        "RelayWithActions",
        "[ChannelsRelayWithActions] A relay channel re-broadcasts every frame unchanged",
        "relay = true");
  }

  @Test
  void duplicateActionName() {
    assertSingleError(
        "DuplicateAction",
        "[ChannelsDuplicateAction] The action name 'say' is already used by first()",
        "\"say\") void second");
  }

  @Test
  void staticAction() {
    assertSingleError(
        "ActionSignature",
        "[ChannelsActionSignature] @Action method a must be an abstract or default instance"
            + " method",
        "@Action static void a");
  }

  @Test
  void twoPayloadParameters() {
    assertSingleError(
        "ParamTwoPayloads",
        "[ChannelsParameter] Parameter second (bad.ParamTwoPayloads.Item) is a second payload of"
            + " a(), after first, but a frame has one payload",
        "Item second");
  }

  @Test
  void pathParamTheTemplateLacks() {
    assertSingleError(
        "ParamPathName",
        "[ChannelsParameter] Parameter nope (java.lang.String) names {nope}, but the channel's path"
            + " has only [id]",
        "@PathParam(\"nope\")");
  }

  @Test
  void pathParamTakenTwice() {
    assertSingleError(
        "ParamPathTwice",
        "[ChannelsParameter] Parameter again (long) takes {id}, which id takes already",
        "long again");
  }

  @Test
  void pathParamOfAnUnsupportedType() {
    assertSingleError(
        "ParamPathType",
        "[ChannelsParameter] Parameter id (float) is a float, but a path parameter converts only to"
            + " String, int, long, double, boolean, their boxes, UUID or an enum.",
        "float id");
  }

  @Test
  void requestIdThatIsNotALong() {
    assertSingleError(
        "ParamRequestIdType",
        "[ChannelsParameter] Parameter requestId (int) is a int, but a request_id is a long",
        "@RequestId int");
  }

  @Test
  void twoParameterAnnotationsOnOneParameter() {
    assertSingleError(
        "ParamCombined",
        "[ChannelsParameter] Parameter id (long) combines @PathParam and @RequestId, but a"
            + " parameter takes one value",
        "@RequestId long id");
  }

  @Test
  void payloadOfAJoinEvent() {
    assertSingleError(
        "ParamJoinPayload",
        "[ChannelsParameter] Parameter item (bad.ParamJoinPayload.Item) of @OnJoin method joined"
            + " has no annotation, so it would be a payload, but a join or leave event has no"
            + " frame",
        "Item item");
  }

  @Test
  void requestIdOfAJoinEvent() {
    assertSingleError(
        "ParamJoinRequestId",
        "[ChannelsParameter] Parameter requestId (long) of @OnJoin method joined has no frame to"
            + " take a request_id from",
        "@RequestId long requestId");
  }

  @Test
  void genericPrincipal() {
    assertSingleError(
        "ParamPrincipalGeneric",
        "[ChannelsParameter] Parameter principal (java.util.List<java.lang.String>) is a"
            + " java.util.List<java.lang.String>, but @Principal takes a class or interface without"
            + " type parameters",
        "@Principal List<String>");
  }

  @Test
  void principalThatNoAuthenticatorCanReturn() {
    assertSingleError(
        "ParamPrincipalFinal",
        "[ChannelsParameter] Parameter principal (java.lang.String) is a java.lang.String, which an"
            + " authenticator's java.security.Principal can never be",
        "@Principal String");
  }

  @Test
  void primitiveAttribute() {
    assertSingleError(
        "ParamAttributePrimitive",
        "[ChannelsParameter] Parameter count (int) is a int, but @Attribute takes a class or"
            + " interface without type parameters, which the server can check at run time (a box,"
            + " such as Integer for int)",
        "@Attribute(\"count\") int");
  }

  @Test
  void annotatedChannelContext() {
    assertSingleError(
        "ParamContextAnnotated",
        "[ChannelsParameter] Parameter ctx (io.channels4j.runtime.ChannelContext) is the"
            + " ChannelContext, which the dispatcher passes by its type; remove @Provided.",
        "@Provided ChannelContext");
  }

  @Test
  void parameterAnnotationOnAHelperMethod() {
    assertSingleError(
        "ParamOnHelper",
        "[ChannelsMisplacedAnnotation] @PathParam on a parameter of helper has no effect",
        "default void helper");
  }

  @Test
  void parameterAnnotationOutsideAChannel() {
    assertSingleError(
        "ParamOutsideChannel",
        "[ChannelsMisplacedAnnotation] @Provided only has an effect inside a @Channel interface,"
            + " but ParamOutsideChannel is not one",
        "@Provided Clock");
  }

  @Test
  void actionThrowingACheckedException() {
    assertSingleError(
        "ActionThrows",
        "[ChannelsActionSignature] @Action method a declares the checked exception"
            + " java.lang.Exception",
        "void a(ChannelContext ctx) throws Exception;");
  }

  @Test
  void actionReturningAFuture() {
    assertSingleError(
        "FutureAction",
        "[ChannelsActionSignature] @Action method lookup returns"
            + " java.util.concurrent.Future<java.lang.String>, which tells the server nothing when"
            + " it completes; return a CompletionStage<R> (or CompletableFuture<R>) whose value R"
            + " is the reply, or CompletionStage<Void> for no reply.",
        "@Action Future<String> lookup");
  }

  @Test
  void actionReturningARawStage() {
    assertSingleError(
        "RawStage",
        "[ChannelsActionSignature] @Action method lookup returns"
            + " java.util.concurrent.CompletionStage, so the type of its reply is unknown; name it:"
            + " CompletionStage<R> for a reply of type R, or CompletionStage<Void> for none.",
        "@Action CompletionStage lookup");
  }

  @Test
  void overlapOnAnActionThatReturnsItsReply() {
    assertSingleError(
        "OverlapReturn",
        "[ChannelsActionSignature] @Action method lookup has overlap = true, which has no"
            + " effect, because it does not return a CompletionStage",
        "@Action(overlap = true) String lookup");
  }

  @Test
  void ackOnAnActionWithAReply() {
    assertSingleError(
        "AckWithReply",
        "[ChannelsActionSignature] @Action method lookup has ack = true, but its reply already"
            + " tells the client it is done",
        "@Action(ack = true) String lookup");
  }

  @Test
  void nonBlockingOnAJoinEvent() {
    assertSingleError(
        "NonBlockingJoin",
        "[ChannelsMisplacedAnnotation] @NonBlocking on joined has no effect, because it is not an"
            + " @Action method",
        "@NonBlocking @OnJoin void joined");
  }

  @Test
  void textChannelWithAnAction() {
    assertSingleError(
        "TextWithActions",
        "[ChannelsFrames] A Frames.TEXT channel gives every text frame to its @OnText method,"
            + " unparsed, so @Action method a would never run",
        "@Action void a(ChannelContext ctx);");
  }

  @Test
  void textChannelWithoutATextHandler() {
    assertSingleError(
        "TextWithoutHandler",
        "[ChannelsFrames] A Frames.TEXT channel gives every text frame to its @OnText method, but"
            + " TextWithoutHandler has none",
        "frames = Frames.TEXT)");
  }

  @Test
  void textHandlerOnAJsonChannel() {
    assertSingleError(
        "TextHandlerOnJson",
        "[ChannelsFrames] @OnText method line would never run, because TextHandlerOnJson does not"
            + " declare frames = Frames.TEXT",
        "@OnText void line");
  }

  @Test
  void textRelayChannel() {
    assertSingleError(
        "TextRelay",
        "[ChannelsFrames] A relay channel re-broadcasts its text frames unchanged, so a"
            + " Frames.TEXT channel's @OnText method would never run",
        "relay = true)");
  }

  @Test
  void textHandlerShape() {
    assertSingleError(
        "TextHandlerSignature",
        "[ChannelsHandlerSignature] @OnText method line must be a non-static, non-generic 'void"
            + " line(ChannelContext ctx, String text)', but is 'void line(io.channels4j.runtime"
            + ".ChannelContext, int)'",
        "@OnText void line");
  }

  @Test
  void binaryHandlerShape() {
    assertSingleError(
        "BinaryHandlerSignature",
        "[ChannelsHandlerSignature] @OnBinary method data must be a non-static, non-generic 'void"
            + " data(ChannelContext ctx, ByteBuffer data)' or 'void data(ChannelContext ctx, byte[]"
            + " data)', but is 'int data(io.channels4j.runtime.ChannelContext,"
            + " java.nio.ByteBuffer)'",
        "@OnBinary int data");
  }

  @Test
  void twoBinaryHandlers() {
    assertSingleError(
        "DuplicateBinaryHandler",
        "[ChannelsDuplicateHandler] A channel has at most one @OnBinary method, but first() is"
            + " one already",
        "@OnBinary void second");
  }

  @Test
  void relayBinaryWithoutRelay() {
    assertSingleError(
        "RelayBinaryWithoutRelay",
        "[ChannelsFrames] relayBinary = true re-broadcasts the binary frames of a relay channel, but"
            + " RelayBinaryWithoutRelay is not one",
        "relayBinary = true)");
  }

  @Test
  void binaryHandlerOnARelayChannel() {
    assertSingleError(
        "BinaryOnRelay",
        "[ChannelsRelayWithActions] A relay channel re-broadcasts frames rather than handling them"
            + " (binary ones too, with relayBinary = true), so @OnBinary method data would never"
            + " run",
        "@OnBinary void data");
  }

  @Test
  void historyOnATextChannel() {
    assertSingleError(
        "TextHistory",
        "[ChannelsHistoryConflict] A Frames.TEXT channel sends raw text frames, which a history"
            + " never keeps",
        "@History(size = 10)");
  }

  @Test
  void textHandlerOutsideAChannel() {
    assertSingleError(
        "TextHandlerOutsideChannel",
        "[ChannelsMisplacedAnnotation] @OnText only has an effect inside a @Channel interface, but"
            + " TextHandlerOutsideChannel is not one",
        "@OnText void line(ChannelContext ctx, String text) {}");
  }

  @Test
  void oneMethodForTwoHandlers() {
    assertSingleError(
        "TextAndBinaryHandler",
        "[ChannelsMisplacedAnnotation] A method is one of an @Action, @OnJoin, @OnLeave, @OnText"
            + " or @OnBinary method, not several; split both into one method per role.",
        "@OnText @OnBinary void both");
  }

  @Test
  void handlerThrowingACheckedException() {
    assertSingleError(
        "HandlerThrows",
        "[ChannelsActionSignature] @OnText method line declares the checked exception"
            + " java.lang.Exception",
        "throws Exception;");
  }

  @Test
  void lifecycleMethodShape() {
    assertSingleError(
        "LifecycleSignature",
        "[ChannelsLifecycleSignature] @OnJoin method joined must be a non-static, non-generic"
            + " 'void joined(ChannelContext ctx)', but is 'int joined(io.channels4j.runtime"
            + ".ChannelContext)'",
        "@OnJoin default int joined");
  }

  @Test
  void twoLeaveMethods() {
    assertSingleError(
        "DuplicateLifecycle",
        "[ChannelsDuplicateLifecycle] A channel has at most one @OnLeave method, but left() is one"
            + " already",
        "@OnLeave default void leftAgain");
  }

  @Test
  void genericChannel() {
    assertSingleError(
        "GenericChannel",
        "[ChannelsGeneric] A channel interface cannot have type parameters",
        "@Channel(path = \"/x\")");
  }

  @Test
  void genericAction() {
    assertSingleError(
        "GenericAction",
        "[ChannelsGeneric] @Action method a cannot have type parameters",
        "@Action <T> void a");
  }

  @Test
  void abstractMethodWithoutRoute() {
    assertSingleError(
        "UnroutedMethod",
        "[ChannelsUnroutedMethod] Abstract method forgotten of a channel is never called",
        "void forgotten(ChannelContext ctx);");
  }

  @Test
  void actionOutsideAChannel() {
    assertSingleError(
        "ActionOutsideChannel",
        "[ChannelsMisplacedAnnotation] @Action only has an effect inside a @Channel interface, but"
            + " ActionOutsideChannel is not one",
        "@Action void a(ChannelContext ctx) {}");
  }

  @Test
  void limitOnALifecycleMethod() {
    assertSingleError(
        "LimitOnLifecycle",
        "[ChannelsMisplacedAnnotation] @Limit on joined has no effect, because it is not an"
            + " @Action method",
        "@Limit(times = 1, seconds = 1)");
  }

  @Test
  void pathWithoutSlash() {
    assertSingleError(
        "PathNoSlash",
        "[ChannelsPath] The channel path \"chat\" must start with '/', as in \"/chat\".",
        "@Channel(path = \"chat\")");
  }

  @Test
  void pathWithUnclosedParameter() {
    assertSingleError(
        "PathBadParam",
        "[ChannelsPath] The channel path \"/chat/{room\" has an unmatched '{' or '}'",
        "@Channel(path = \"/chat/{room\")");
  }

  @Test
  void roomUsingAMissingPathParameter() {
    assertSingleError(
        "RoomParam",
        "[ChannelsRoom] The room \"chat:{room}\" uses {room}, but the path has only [topic]",
        "room = \"chat:{room}\"");
  }

  @Test
  void limitAllowingNothing() {
    assertSingleError(
        "LimitTimes",
        "[ChannelsLimitTimes] @Limit(times = 0) would allow no frame at all; use times >= 1.",
        "times = 0,");
  }

  @Test
  void limitWithoutWindow() {
    assertSingleError(
        "LimitWindow",
        "[ChannelsLimitWindow] @Limit needs a window of at least 1 millisecond",
        "@Limit(times = 1)");
  }

  @Test
  void closingLimitOnAnAction() {
    assertSingleError(
        "LimitClose",
        "[ChannelsLimitClose] @Limit(close = true) is only meaningful on the @Channel interface",
        "close = true)");
  }

  @Test
  void historyKeepingNothing() {
    assertSingleError(
        "HistorySize",
        "[ChannelsHistorySize] @History(size = 0) is out of range; keep from 1 to 100000 messages"
            + " per room",
        "size = 0)");
  }

  @Test
  void historyWithNegativeTimeToLive() {
    assertSingleError(
        "HistoryTtl",
        "[ChannelsHistoryTtl] @History(ttlSeconds = -5) is not a time to live; use a positive"
            + " number of seconds, or 0",
        "ttlSeconds = -5)");
  }

  @Test
  void historyOnARelayChannel() {
    assertSingleError(
        "HistoryRelay",
        "[ChannelsHistoryConflict] A relay channel re-broadcasts frames unchanged, so they cannot"
            + " carry a history id",
        "@History(size = 10)");
  }

  @Test
  void historyChannelWithItsOwnHistoryAction() {
    assertSingleError(
        "HistoryAction",
        "[ChannelsHistoryConflict] The action name 'history' is taken by the built-in history"
            + " action of a @History channel; rename this action.",
        "@Action(\"history\")");
  }

  @Test
  void historyMessageWithAMemberNamedId() {
    assertSingleError(
        "HistoryMessageId",
        "[ChannelsHistoryConflict] Said.key (message of HistoryMessageId) has the JSON name 'id',"
            + " but HistoryMessageId has @History, which adds an 'id' member, the message's history"
            + " id, first to every message it broadcasts and replays, so clients would get two 'id'"
            + " keys; give it another name with @Json(name = \"...\"). A nested type's members may"
            + " keep the name.",
        "record Said(@Json(name = \"id\") String key");
    // Not even the second channel, which shares the message type reported for the first.
    assertNothingGenerated("HistoryMessageId");
  }

  @Test
  void historyOutsideAChannel() {
    assertSingleError(
        "HistoryOutsideChannel",
        "[ChannelsMisplacedAnnotation] @History only has an effect inside a @Channel interface",
        "@History(size = 10)");
  }

  @Test
  void permissionClassNotACheck() {
    assertSingleError(
        "PermissionNotACheck",
        "[ChannelsPermissionClass] java.lang.String cannot be used as a permission: it does not"
            + " implement io.channels4j.runtime.PermissionCheck",
        "@Permission(String.class)");
  }

  @Test
  void permissionClassWithoutNoArgumentConstructor() {
    assertSingleError(
        "PermissionNoConstructor",
        "[ChannelsPermissionClass] bad.PermissionNoConstructor.Check cannot be used as a"
            + " permission: it has no public no-argument constructor",
        "@Permission(PermissionNoConstructor.Check.class)");
  }

  @Test
  void permissionInnerClass() {
    assertSingleError(
        "PermissionInner",
        "[ChannelsPermissionClass] bad.PermissionInner.Check cannot be used as a permission: it is"
            + " an inner class",
        "@Permission(PermissionInner.Check.class)");
  }

  @Test
  void permissionAbstractClass() {
    assertSingleError(
        "PermissionAbstract",
        "[ChannelsPermissionClass] bad.PermissionAbstract.Check cannot be used as a permission: it"
            + " is abstract",
        "@Permission(PermissionAbstract.Check.class)");
  }

  @Test
  void denyWithClasses() {
    assertSingleError(
        "PermissionDeny",
        "[ChannelsPermissionDeny] @Permission(deny = true) denies everyone, so its classes would"
            + " never run",
        "deny = true)");
  }

  @Test
  void payloadWithoutUsableConstructor() {
    assertSingleError(
        "PayloadConstructor",
        "[ChannelsPayloadConstructor] bad.Payload (payload of a()) has no usable constructor",
        "class Payload {");
  }

  @Test
  void mapWithNonStringKeys() {
    assertSingleError(
        "MapKey",
        "[ChannelsUnsupportedType] java.util.Map<java.lang.Integer,java.lang.String>"
            + " (Scores.byRank) cannot be read or written as JSON: JSON object keys are strings;"
            + " use Map<String, V>",
        "Map<Integer, String> byRank");
  }

  @Test
  void badPayloadSharedByTwoChannelsIsReportedOnceAndNothingIsGenerated() {
    JavaFileObject file = Inputs.resource("bad/SharedBadPayload.java");
    Compilation compilation = Inputs.compile(List.of("bad/SharedBadPayload.java"));
    assertThat(compilation).failed();
    // One error: no second report, and no generated code that fails to compile.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ChannelsUnsupportedType]")
        .inFile(file)
        .onLineContaining("record Ranking(Map<Integer, String> byRank)");
  }

  @Test
  void payloadThatCannotBeReadFromAnObjectIsAWarning() {
    JavaFileObject file = Inputs.resource("bad/StringPayload.java");
    Compilation compilation =
        javac()
            .withProcessors(new ChannelProcessor())
            .compile(Inputs.resource("bad/StringPayload.java"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[ChannelsPayloadShape] A frame is a JSON object, so a payload of type"
                + " java.lang.String can never be read from it")
        .inFile(file)
        .onLineContaining("String text");
  }

  @Test
  void rawType() {
    assertSingleError(
        "RawType",
        "[ChannelsUnsupportedType] java.util.List (payload of a()) cannot be read or written as"
            + " JSON: it is a raw type",
        "List names");
  }

  @Test
  void wildcard() {
    assertSingleError(
        "Wildcard",
        "[ChannelsUnsupportedType] ? extends java.lang.Number (reply of a()) cannot be read or"
            + " written as JSON: wildcards have no JSON mapping",
        "@Action List<? extends Number> a");
  }

  @Test
  void interfacePayload() {
    assertSingleError(
        "InterfacePayload",
        "[ChannelsUnsupportedType] java.lang.Runnable (payload of a()) cannot be read or written"
            + " as JSON: only String, primitives and their boxes",
        "Runnable task");
  }

  @Test
  void unsupportedJdkTypeListsTheSupportedOnes() {
    assertSingleError(
        "UnsupportedJdkType",
        "[ChannelsUnsupportedType] java.time.ZonedDateTime (Visit.at) cannot be read or written"
            + " as JSON: only "
            + SUPPORTED
            + " are supported.",
        "record Visit");
  }

  @Test
  void abstractPayload() {
    assertSingleError(
        "AbstractPayload",
        "[ChannelsUnsupportedType] bad.Shape (payload of a()) is an interface or abstract class,"
            + " so a codec cannot construct it",
        "abstract class Shape");
  }

  @Test
  void twoMembersWithOneJsonName() {
    assertSingleError(
        "DuplicateJsonName",
        "[ChannelsJsonName] Person.name and Person.nickname share the JSON name 'name'",
        "record Person(");
  }

  @Test
  void payloadMemberNamedLikeTheFramesRequestId() {
    assertSingleError(
        "PayloadRequestId",
        "[ChannelsJsonName] Order.number (payload of order()) has the JSON name 'request_id', but a"
            + " payload is read from the frame object itself, whose 'request_id' is the frame's own"
            + " member, so this member would get the frame's value instead of one of its own; give"
            + " it another name with @Json(name = \"...\"). A nested type's members may keep the"
            + " name.",
        "@Json(name = \"request_id\") long number");
  }

  @Test
  void payloadFieldNamedAction() {
    assertSingleError(
        "PayloadAction",
        "[ChannelsJsonName] Command.action (payload of run()) has the JSON name 'action', but a"
            + " payload is read from the frame object itself, whose 'action' is the frame's own"
            + " member",
        "public String action;");
    // Not even the second channel, which shares the payload type reported for the first.
    assertNothingGenerated("PayloadAction");
  }

  @Test
  void ignoringAConstructorArgument() {
    assertSingleError(
        "IgnoredComponent",
        "[ChannelsJsonName] Secretive.secret is a constructor argument, so @Json(ignore = true)"
            + " would leave it without a value",
        "@Json(ignore = true) String secret");
  }

  @Test
  void unresolvedPayloadType() {
    JavaFileObject file = Inputs.resource("bad/UnresolvedType.java");
    Compilation compilation = Inputs.compile(List.of("bad/UnresolvedType.java"));
    assertThat(compilation).failed();
    // javac's own "cannot find symbol", then ours once the last round is over.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ChannelsUnresolvedType] A type this channel uses was never found (DoesNotExist)")
        .inFile(file)
        .onLineContaining("interface UnresolvedType");
  }

  @Test
  void unresolvedPermissionClass() {
    JavaFileObject file = Inputs.resource("bad/UnresolvedPermission.java");
    Compilation compilation = Inputs.compile(List.of("bad/UnresolvedPermission.java"));
    assertThat(compilation).failed();
    // javac says what is missing; the processor neither fails on it nor adds to it.
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file);
    assertThat(
            compilation.errors().stream()
                .map(e -> e.getMessage(null))
                .filter(message -> message.contains("ChannelsProcessorException"))
                .toList())
        .isEmpty();
  }

  @Test
  void clientNameTakenByAUserType() {
    assertSingleError(
        "ClientNameTaken",
        "[ChannelsClient] bad.TakenClient exists already, so the typed client of Taken cannot take"
            + " its name; rename that type, or declare @Channel(client = false).",
        "@Channel(path = \"/taken\")");
  }

  @Test
  void actionTakesAMethodEveryClientHas() {
    assertSingleError(
        "ClientMethodTaken",
        "[ChannelsClient] Action 'conn' would be the method connection() of the generated"
            + " ClientMethodTakenClient, which is a method every client has; rename the method, or"
            + " declare @Channel(client = false).",
        "@Action(\"conn\") long connection");
  }

  @Test
  void twoActionsWithOneClientMethod() {
    assertSingleError(
        "ClientOverload",
        "[ChannelsClient] Action 'two' would be the method same(bad.ClientOverload.Item) of the"
            + " generated ClientOverloadClient, which is action 'one'; rename the method, or declare"
            + " @Channel(client = false).",
        "@Action(\"two\") void same");
  }

  @Test
  void exceptionsAreReportedOnTheElementNeverThrownAtJavac() {
    // Both channels want the file Outer_InnerDescriptor.java: the Filer refuses the second.
    JavaFileObject file = Inputs.resource("bad/NameClash.java");
    Compilation compilation = Inputs.compile(List.of("bad/NameClash.java"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ChannelsProcessorException] The channel processor failed on this element; please"
                + " report it with this trace: javax.annotation.processing.FilerException")
        .inFile(file)
        .onLineContaining("interface Outer_Inner");
  }

  @Test
  void everyErrorOfAChannelInOneCompile() {
    JavaFileObject file = Inputs.resource("bad/ManyErrors.java");
    Compilation compilation = Inputs.compile(List.of("bad/ManyErrors.java"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[ChannelsPath] The channel path \"many\" must start with '/'")
        .inFile(file)
        .onLineContaining("@Channel(path = \"many\")");
    assertThat(compilation)
        .hadErrorContaining("[ChannelsDuplicateAction] The action name 'go' is already used")
        .inFile(file)
        .onLineContaining("@Action(\"go\") void second");
    assertThat(compilation)
        .hadErrorContaining("[ChannelsLimitTimes]")
        .inFile(file)
        .onLineContaining("@Limit(times = 0, seconds = 1)");
  }

  @Test
  void sealedSubtypeThatIsNotARecord() {
    assertSingleError(
        "SealedNotRecord",
        "[ChannelsSealed] Blob (payload of draw()) is a subtype of the sealed interface Shape but"
            + " not a record; every subtype of a sealed JSON type must be a record",
        "final class Blob");
  }

  @Test
  void sealedSubtypesWithOneLabel() {
    assertSingleError(
        "SealedLabelClash",
        "[ChannelsSealed] Ring and Circle are both labelled 'round' in the sealed interface Shape;"
            + " give one another label with @JsonSubtype.",
        "record Ring");
  }

  @Test
  void sealedSubtypeWithAMemberNamedLikeTheDiscriminator() {
    assertSingleError(
        "SealedMemberClash",
        "[ChannelsSealed] Square has a member named 'kind', the discriminator of the sealed"
            + " interface Shape",
        "record Square");
  }

  @Test
  void sealedPayloadWhoseDiscriminatorIsTheFramesAction() {
    assertSingleError(
        "SealedDiscriminatorAction",
        "[ChannelsJsonName] Shape (payload of draw()) has the discriminator 'action', but a payload"
            + " is read from the frame object itself",
        "sealed interface Shape");
  }

  @Test
  void aCodecWithoutWrite() {
    assertSingleError(
        "CodecWithoutWrite",
        "[ChannelsCodec] TagCodec is not a codec: a codec is a public class with a public static T"
            + " read(X) and a public static X write(T)",
        "record Tag");
  }

  @Test
  void twoCodecsOfOneType() {
    assertSingleError(
        "TwoCodecs",
        "[ChannelsCodec] ZonedDateTime has two codecs, bad.TwoCodecs.ZoneText and"
            + " bad.TwoCodecs.ZoneAgain; name one.",
        "interface TwoCodecs");
  }

  @Test
  void aCodecWhoseFormIsAnObject() {
    assertSingleError(
        "CodecOfAnObject",
        "[ChannelsCodec] TagCodec reads and writes bad.Wrapper, but a codec's form must be one JSON"
            + " value",
        "record Tag");
  }

  @Test
  void aCodecOfATypeMappedAlready() {
    assertSingleError(
        "CodecOfAString",
        "[ChannelsCodec] Upper would serve String, which has a JSON mapping of its own",
        "interface CodecOfAString");
  }

  @Test
  void constraintTheValidatorsDoNotCheck() {
    assertSingleError(
        "ConstraintUnsupported",
        "[ChannelsConstraint] @DecimalMin (Form.total) is not checked by channels4j's generated"
            + " validators; they check @NotNull, @NotBlank, @NotEmpty, @Size, @Min, @Max,"
            + " @Positive, @PositiveOrZero, @Negative, @NegativeOrZero, @Pattern, @Email and"
            + " @Valid.",
        "@DecimalMin(\"1\") BigDecimal total");
  }

  @Test
  void customConstraint() {
    assertSingleError(
        "ConstraintCustom",
        "[ChannelsConstraint] @Even (Form.count) is not checked by channels4j's generated"
            + " validators",
        "@Even int count");
  }

  @Test
  void constraintOnATypeItDoesNotApplyTo() {
    assertSingleError(
        "ConstraintWrongType",
        "[ChannelsConstraint] @Size does not apply to Form.count, of type int; it applies to a"
            + " String, a collection, a map or an array.",
        "@Size(max = 3) int count");
  }

  @Test
  void notNullOnAPrimitive() {
    assertSingleError(
        "ConstraintNotNullPrimitive",
        "[ChannelsConstraint] @NotNull does not apply to Form.count, of type long; a primitive is"
            + " never null.",
        "@NotNull long count");
  }

  @Test
  void constraintWithGroups() {
    assertSingleError(
        "ConstraintGroups",
        "[ChannelsConstraint] @NotBlank (Form.name) names groups, which channels4j's validators"
            + " do not support: every constraint is checked on every payload; remove it.",
        "@NotBlank(groups = Strict.class) String name");
  }

  @Test
  void constraintWithPayload() {
    assertSingleError(
        "ConstraintPayload",
        "[ChannelsConstraint] @NotBlank (Form.name) names payload, which channels4j's"
            + " validators do not support",
        "@NotBlank(payload = Severe.class) String name");
  }

  @Test
  void patternThatIsNotARegularExpression() {
    assertSingleError(
        "ConstraintPattern",
        "[ChannelsConstraint] The regexp of Form.name is not a Java regular expression: Unclosed"
            + " character class",
        "@Pattern(regexp = \"[a-z\") String name");
  }

  @Test
  void sizeAdmittingNoSize() {
    assertSingleError(
        "ConstraintSize",
        "[ChannelsConstraint] @Size(min = 5, max = 2) (Form.name) admits no size; min must be at"
            + " least 0 and max at least min.",
        "@Size(min = 5, max = 2) String name");
  }

  @Test
  void validOnAMemberWithoutMembers() {
    assertSingleError(
        "ConstraintValidOnText",
        "[ChannelsConstraint] @Valid on Form.name, of type java.lang.String, has nothing to"
            + " cascade into",
        "@Valid String name");
  }

  @Test
  void constraintInsideATypeArgument() {
    assertSingleError(
        "ConstraintTypeArgument",
        "[ChannelsConstraint] Form.names has a constraint inside a type argument, which"
            + " channels4j does not check",
        "List<@NotBlank String> names");
  }

  @Test
  void envelopeOutsideAChannel() {
    assertSingleError(
        "EnvelopeOutsideChannel",
        "[ChannelsMisplacedAnnotation] @Envelope only has an effect inside a @Channel interface",
        "@Envelope(action = \"type\")");
  }

  @Test
  void envelopeOnARelayChannel() {
    assertSingleError(
        "EnvelopeOnRelay",
        "[ChannelsEnvelope] A relay or Frames.TEXT channel routes no frame to an action and answers"
            + " none, so @Envelope has no effect on it; remove @Envelope.",
        "@Envelope(action = \"type\", payload = \"data\")");
  }

  @Test
  void envelopeNameAFrameMustEscape() {
    assertSingleError(
        "EnvelopeName",
        "[ChannelsEnvelope] @Envelope(requestId) is 're\"q', but a member name of the frame must be"
            + " printable ASCII without '\"' or '\\', and not empty.",
        "requestId = \"re\\\"q\"");
  }

  @Test
  void envelopeActionAndRequestIdShareAName() {
    assertSingleError(
        "EnvelopeSameName",
        "[ChannelsEnvelope] A frame's action, request id and payload need a member each, but action"
            + " and requestId are both 'id'; give each its own name.",
        "requestId = \"id\")");
  }

  @Test
  void envelopePayloadNamedLikeTheRequestId() {
    assertSingleError(
        "EnvelopePayloadName",
        "[ChannelsEnvelope] A frame's action, request id and payload need a member each, but payload"
            + " 'id' is also the request id's name; give each its own name.",
        "payload = \"id\")");
  }

  @Test
  void envelopeRoutingNameTheDefaultResponseFrameUses() {
    assertSingleError(
        "EnvelopeResponseMember",
        "[ChannelsEnvelope] The default response frame names the action and request id as the"
            + " client frames do, but it has a 'type' member of its own already; choose another"
            + " action name, or give the channel a response type of its own with"
            + " @Envelope(response = ...).",
        "action = \"type\",");
  }

  @Test
  void envelopePayloadMemberNamedLikeTheRoutingMember() {
    assertSingleError(
        "EnvelopePayloadMember",
        "[ChannelsJsonName] Move.op (payload of order()) has the JSON name 'op', but a payload is"
            + " read from the frame object itself, whose 'op' is the frame's own member",
        "String op,");
  }

  @Test
  void envelopeResponseTypeNotARecord() {
    assertSingleError(
        "EnvelopeNotRecord",
        "[ChannelsEnvelope] The response type java.lang.String is not a record",
        "response = String.class)");
  }

  @Test
  void envelopeResponseComponentWithoutARole() {
    assertSingleError(
        "EnvelopeUnknownRole",
        "[ChannelsEnvelope] Reply.user has no role the server can fill; name each component after"
            + " its role: action, requestId, status, data, errors or reason.",
        "String user) {}");
  }

  @Test
  void envelopeResponseRoleOfTheWrongType() {
    assertSingleError(
        "EnvelopeRoleType",
        "[ChannelsEnvelope] Reply.requestId is a java.lang.String, but the server fills it with a"
            + " long; declare it so.",
        "String requestId,");
  }

  @Test
  void envelopeResponseDataNeitherObjectNorTheTypeVariable() {
    assertSingleError(
        "EnvelopeDataType",
        "[ChannelsEnvelope] Reply.data is a java.lang.String, but the server fills it with an"
            + " Object; declare it so.",
        "String data,");
  }

  @Test
  void envelopeResponseWithoutARequiredRole() {
    assertSingleError(
        "EnvelopeMissingRole",
        "[ChannelsEnvelope] Reply has no component errors, but every response frame needs one; add"
            + " a String errors.",
        "response = EnvelopeMissingRole.Reply.class)");
  }

  @Test
  void envelopeResponseComponentsSharingAJsonName() {
    assertSingleError(
        "EnvelopeJsonName",
        "[ChannelsEnvelope] Reply.status and Reply.errors share the JSON name 'status'",
        "@Json(name = \"status\") String errors) {}");
  }

  @Test
  void envelopeResponseWithTwoTypeParameters() {
    assertSingleError(
        "EnvelopeTypeParameters",
        "[ChannelsEnvelope] Reply has more than one type parameter, but only data takes the reply's"
            + " type; keep one, the type of data.",
        "response = EnvelopeTypeParameters.Reply.class)");
  }
}
