package io.channels4j.benchmarks.jmh;

import com.jsoniter.spi.Binding;
import com.jsoniter.spi.ClassDescriptor;
import com.jsoniter.spi.EmptyExtension;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes records to jsoniter, which predates them: it looks for a no-argument constructor,
 * setters and getters named {@code getX}, so it can neither build nor read a record on its own.
 * This binds a record's components to its canonical constructor for decoding and to its accessors
 * for encoding, in declaration order; jsoniter's code generation then calls them directly. It runs
 * once per type, when jsoniter generates that type's codec.
 */
final class JsoniterRecords extends EmptyExtension {
  @Override
  public void updateClassDescriptor(ClassDescriptor desc) {
    if (!desc.clazz.isRecord()) {
      return;
    }
    RecordComponent[] components = desc.clazz.getRecordComponents();
    desc.fields.clear(); // the private fields behind the components
    if (desc.ctor == null) { // an encoding descriptor: no constructor
      desc.getters.clear();
      for (RecordComponent component : components) {
        Binding getter = binding(desc, component);
        getter.toNames = new String[] {getter.name};
        getter.method = component.getAccessor();
        desc.getters.add(getter);
      }
      return;
    }
    List<Binding> parameters = new ArrayList<>();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      Binding parameter = binding(desc, components[i]);
      parameter.fromNames = new String[] {parameter.name};
      parameters.add(parameter);
      types[i] = components[i].getType();
    }
    try {
      desc.ctor.ctor = desc.clazz.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record without its canonical constructor", e);
    }
    desc.ctor.parameters = parameters;
  }

  private static Binding binding(ClassDescriptor desc, RecordComponent component) {
    Binding binding = new Binding(desc.classInfo, desc.lookup, component.getGenericType());
    binding.name = component.getName();
    binding.annotations = new Annotation[0];
    return binding;
  }
}
