/**
 * A minimal GGUF v3 encoder: typed metadata key/values, tensor infos and aligned tensor data.
 * Enough to write the tiny test model and to craft headers for tests (e.g. a header that claims
 * tensors far larger than the file). Little-endian throughout, as llama.cpp expects.
 */

export const GGUF_MAGIC = 'GGUF';
export const GGUF_VERSION = 3;
export const GGUF_DEFAULT_ALIGNMENT = 32;

/** gguf_type as stored in the file. */
const enum ValueType {
  Uint32 = 4,
  Int32 = 5,
  Float32 = 6,
  Bool = 7,
  String = 8,
  Array = 9,
  Uint64 = 10,
}

/** ggml_type of a tensor. Only the plain float types are written by this encoder. */
export const GGML_TYPE = { F32: 0, F16: 1 } as const;
export type TensorType = keyof typeof GGML_TYPE;

export type GgufValue =
  | { type: 'uint32'; value: number }
  | { type: 'int32'; value: number }
  | { type: 'float32'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'uint64'; value: bigint }
  | { type: 'string[]'; value: readonly string[] }
  | { type: 'float32[]'; value: ArrayLike<number> }
  | { type: 'int32[]'; value: ArrayLike<number> };

export interface GgufTensor {
  /** e.g. "blk.0.attn_q.weight" */
  name: string;
  /** GGUF order: dims[0] is the fastest-varying (row length), as ggml's ne[0]. */
  dims: readonly number[];
  type: TensorType;
  /** Row-major values, dims[0] per row. Omitted only when encoding a header without data. */
  values?: Float32Array;
}

export interface GgufDocument {
  metadata: ReadonlyArray<readonly [string, GgufValue]>;
  tensors: readonly GgufTensor[];
  alignment?: number;
}

class ByteWriter {
  private buffer = Buffer.alloc(64 * 1024);
  length = 0;

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + bytes) size *= 2;
    const next = Buffer.alloc(size);
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  u8(value: number): void {
    this.reserve(1);
    this.buffer.writeUInt8(value, this.length);
    this.length += 1;
  }
  u16(value: number): void {
    this.reserve(2);
    this.buffer.writeUInt16LE(value, this.length);
    this.length += 2;
  }
  u32(value: number): void {
    this.reserve(4);
    this.buffer.writeUInt32LE(value, this.length);
    this.length += 4;
  }
  i32(value: number): void {
    this.reserve(4);
    this.buffer.writeInt32LE(value, this.length);
    this.length += 4;
  }
  u64(value: bigint | number): void {
    this.reserve(8);
    this.buffer.writeBigUInt64LE(BigInt(value), this.length);
    this.length += 8;
  }
  f32(value: number): void {
    this.reserve(4);
    this.buffer.writeFloatLE(value, this.length);
    this.length += 4;
  }
  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }
  string(value: string): void {
    const data = Buffer.from(value, 'utf8');
    this.u64(data.length);
    this.bytes(data);
  }
  padTo(alignment: number): void {
    while (this.length % alignment !== 0) this.u8(0);
  }
  result(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }
}

function writeValue(out: ByteWriter, value: GgufValue): void {
  switch (value.type) {
    case 'uint32':
      out.u32(ValueType.Uint32);
      out.u32(value.value);
      return;
    case 'int32':
      out.u32(ValueType.Int32);
      out.i32(value.value);
      return;
    case 'float32':
      out.u32(ValueType.Float32);
      out.f32(value.value);
      return;
    case 'bool':
      out.u32(ValueType.Bool);
      out.u8(value.value ? 1 : 0);
      return;
    case 'string':
      out.u32(ValueType.String);
      out.string(value.value);
      return;
    case 'uint64':
      out.u32(ValueType.Uint64);
      out.u64(value.value);
      return;
    case 'string[]':
      out.u32(ValueType.Array);
      out.u32(ValueType.String);
      out.u64(value.value.length);
      for (const item of value.value) out.string(item);
      return;
    case 'float32[]':
      out.u32(ValueType.Array);
      out.u32(ValueType.Float32);
      out.u64(value.value.length);
      for (let i = 0; i < value.value.length; i++) out.f32(value.value[i] ?? 0);
      return;
    case 'int32[]':
      out.u32(ValueType.Array);
      out.u32(ValueType.Int32);
      out.u64(value.value.length);
      for (let i = 0; i < value.value.length; i++) out.i32(value.value[i] ?? 0);
      return;
  }
}

const BYTES_PER_ELEMENT: Record<TensorType, number> = { F32: 4, F16: 2 };

export function tensorByteSize(tensor: Pick<GgufTensor, 'dims' | 'type'>): number {
  return tensor.dims.reduce((product, dim) => product * dim, 1) * BYTES_PER_ELEMENT[tensor.type];
}

function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment;
}

const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);

/** IEEE 754 binary16 bits of a number, rounded to nearest even (no NaN handling: weights are finite). */
export function toFloat16Bits(value: number): number {
  scratchF32[0] = value;
  const bits = scratchU32[0] ?? 0;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  let mantissa = bits & 0x7fffff;
  if (exponent >= 31) return sign | 0x7c00;
  if (exponent <= 0) {
    if (exponent < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - exponent;
    let half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && (half & 1) === 1)) half++;
    return sign | half;
  }
  let half = (exponent << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1)) half++;
  return sign | half;
}

function encodeHeader(out: ByteWriter, doc: GgufDocument, alignment: number): void {
  out.bytes(Buffer.from(GGUF_MAGIC, 'ascii'));
  out.u32(GGUF_VERSION);
  out.u64(doc.tensors.length);
  out.u64(doc.metadata.length);
  for (const [key, value] of doc.metadata) {
    out.string(key);
    writeValue(out, value);
  }
  let offset = 0;
  for (const tensor of doc.tensors) {
    out.string(tensor.name);
    out.u32(tensor.dims.length);
    for (const dim of tensor.dims) out.u64(dim);
    out.u32(GGML_TYPE[tensor.type]);
    out.u64(offset);
    offset = alignUp(offset + tensorByteSize(tensor), alignment);
  }
  out.padTo(alignment);
}

/**
 * The whole file: header, metadata, tensor infos, padding, then each tensor's data at its aligned
 * offset. With `headerOnly`, stops after the header padding (a file that claims data it lacks).
 */
export function encodeGguf(doc: GgufDocument, options: { headerOnly?: boolean } = {}): Buffer {
  const alignment = doc.alignment ?? GGUF_DEFAULT_ALIGNMENT;
  const out = new ByteWriter();
  encodeHeader(out, doc, alignment);
  if (options.headerOnly) return out.result();
  const dataStart = out.length;
  for (const tensor of doc.tensors) {
    const values = tensor.values;
    const count = tensor.dims.reduce((product, dim) => product * dim, 1);
    if (!values || values.length !== count) {
      throw new Error(`tensor ${tensor.name}: expected ${count} values, got ${values?.length ?? 0}`);
    }
    if (tensor.type === 'F32') for (const v of values) out.f32(v);
    else for (const v of values) out.u16(toFloat16Bits(v));
    const end = out.length - dataStart;
    const padded = alignUp(end, alignment);
    for (let i = end; i < padded; i++) out.u8(0);
  }
  return out.result();
}
