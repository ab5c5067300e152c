package il

// Code below is the ECMA-335 Partition III opcode set as data. The
// constants are named from the IL mnemonic with dots turned into
// underscores and each part capitalised (ldc.i4.s -> Ldc_I4_S); trailing
// dots of prefixes are dropped (volatile. -> Volatile).

// Opcodes. One-byte opcodes have their byte value; two-byte opcodes
// (0xFE xx) are 0xFE00|xx.
const (
	Nop            Opcode = 0x00   // nop
	Break          Opcode = 0x01   // break
	Ldarg_0        Opcode = 0x02   // ldarg.0
	Ldarg_1        Opcode = 0x03   // ldarg.1
	Ldarg_2        Opcode = 0x04   // ldarg.2
	Ldarg_3        Opcode = 0x05   // ldarg.3
	Ldloc_0        Opcode = 0x06   // ldloc.0
	Ldloc_1        Opcode = 0x07   // ldloc.1
	Ldloc_2        Opcode = 0x08   // ldloc.2
	Ldloc_3        Opcode = 0x09   // ldloc.3
	Stloc_0        Opcode = 0x0A   // stloc.0
	Stloc_1        Opcode = 0x0B   // stloc.1
	Stloc_2        Opcode = 0x0C   // stloc.2
	Stloc_3        Opcode = 0x0D   // stloc.3
	Ldarg_S        Opcode = 0x0E   // ldarg.s
	Ldarga_S       Opcode = 0x0F   // ldarga.s
	Starg_S        Opcode = 0x10   // starg.s
	Ldloc_S        Opcode = 0x11   // ldloc.s
	Ldloca_S       Opcode = 0x12   // ldloca.s
	Stloc_S        Opcode = 0x13   // stloc.s
	Ldnull         Opcode = 0x14   // ldnull
	Ldc_I4_M1      Opcode = 0x15   // ldc.i4.m1
	Ldc_I4_0       Opcode = 0x16   // ldc.i4.0
	Ldc_I4_1       Opcode = 0x17   // ldc.i4.1
	Ldc_I4_2       Opcode = 0x18   // ldc.i4.2
	Ldc_I4_3       Opcode = 0x19   // ldc.i4.3
	Ldc_I4_4       Opcode = 0x1A   // ldc.i4.4
	Ldc_I4_5       Opcode = 0x1B   // ldc.i4.5
	Ldc_I4_6       Opcode = 0x1C   // ldc.i4.6
	Ldc_I4_7       Opcode = 0x1D   // ldc.i4.7
	Ldc_I4_8       Opcode = 0x1E   // ldc.i4.8
	Ldc_I4_S       Opcode = 0x1F   // ldc.i4.s
	Ldc_I4         Opcode = 0x20   // ldc.i4
	Ldc_I8         Opcode = 0x21   // ldc.i8
	Ldc_R4         Opcode = 0x22   // ldc.r4
	Ldc_R8         Opcode = 0x23   // ldc.r8
	Dup            Opcode = 0x25   // dup
	Pop            Opcode = 0x26   // pop
	Jmp            Opcode = 0x27   // jmp
	Call           Opcode = 0x28   // call
	Calli          Opcode = 0x29   // calli
	Ret            Opcode = 0x2A   // ret
	Br_S           Opcode = 0x2B   // br.s
	Brfalse_S      Opcode = 0x2C   // brfalse.s
	Brtrue_S       Opcode = 0x2D   // brtrue.s
	Beq_S          Opcode = 0x2E   // beq.s
	Bge_S          Opcode = 0x2F   // bge.s
	Bgt_S          Opcode = 0x30   // bgt.s
	Ble_S          Opcode = 0x31   // ble.s
	Blt_S          Opcode = 0x32   // blt.s
	Bne_Un_S       Opcode = 0x33   // bne.un.s
	Bge_Un_S       Opcode = 0x34   // bge.un.s
	Bgt_Un_S       Opcode = 0x35   // bgt.un.s
	Ble_Un_S       Opcode = 0x36   // ble.un.s
	Blt_Un_S       Opcode = 0x37   // blt.un.s
	Br             Opcode = 0x38   // br
	Brfalse        Opcode = 0x39   // brfalse
	Brtrue         Opcode = 0x3A   // brtrue
	Beq            Opcode = 0x3B   // beq
	Bge            Opcode = 0x3C   // bge
	Bgt            Opcode = 0x3D   // bgt
	Ble            Opcode = 0x3E   // ble
	Blt            Opcode = 0x3F   // blt
	Bne_Un         Opcode = 0x40   // bne.un
	Bge_Un         Opcode = 0x41   // bge.un
	Bgt_Un         Opcode = 0x42   // bgt.un
	Ble_Un         Opcode = 0x43   // ble.un
	Blt_Un         Opcode = 0x44   // blt.un
	Switch         Opcode = 0x45   // switch
	Ldind_I1       Opcode = 0x46   // ldind.i1
	Ldind_U1       Opcode = 0x47   // ldind.u1
	Ldind_I2       Opcode = 0x48   // ldind.i2
	Ldind_U2       Opcode = 0x49   // ldind.u2
	Ldind_I4       Opcode = 0x4A   // ldind.i4
	Ldind_U4       Opcode = 0x4B   // ldind.u4
	Ldind_I8       Opcode = 0x4C   // ldind.i8
	Ldind_I        Opcode = 0x4D   // ldind.i
	Ldind_R4       Opcode = 0x4E   // ldind.r4
	Ldind_R8       Opcode = 0x4F   // ldind.r8
	Ldind_Ref      Opcode = 0x50   // ldind.ref
	Stind_Ref      Opcode = 0x51   // stind.ref
	Stind_I1       Opcode = 0x52   // stind.i1
	Stind_I2       Opcode = 0x53   // stind.i2
	Stind_I4       Opcode = 0x54   // stind.i4
	Stind_I8       Opcode = 0x55   // stind.i8
	Stind_R4       Opcode = 0x56   // stind.r4
	Stind_R8       Opcode = 0x57   // stind.r8
	Add            Opcode = 0x58   // add
	Sub            Opcode = 0x59   // sub
	Mul            Opcode = 0x5A   // mul
	Div            Opcode = 0x5B   // div
	Div_Un         Opcode = 0x5C   // div.un
	Rem            Opcode = 0x5D   // rem
	Rem_Un         Opcode = 0x5E   // rem.un
	And            Opcode = 0x5F   // and
	Or             Opcode = 0x60   // or
	Xor            Opcode = 0x61   // xor
	Shl            Opcode = 0x62   // shl
	Shr            Opcode = 0x63   // shr
	Shr_Un         Opcode = 0x64   // shr.un
	Neg            Opcode = 0x65   // neg
	Not            Opcode = 0x66   // not
	Conv_I1        Opcode = 0x67   // conv.i1
	Conv_I2        Opcode = 0x68   // conv.i2
	Conv_I4        Opcode = 0x69   // conv.i4
	Conv_I8        Opcode = 0x6A   // conv.i8
	Conv_R4        Opcode = 0x6B   // conv.r4
	Conv_R8        Opcode = 0x6C   // conv.r8
	Conv_U4        Opcode = 0x6D   // conv.u4
	Conv_U8        Opcode = 0x6E   // conv.u8
	Callvirt       Opcode = 0x6F   // callvirt
	Cpobj          Opcode = 0x70   // cpobj
	Ldobj          Opcode = 0x71   // ldobj
	Ldstr          Opcode = 0x72   // ldstr
	Newobj         Opcode = 0x73   // newobj
	Castclass      Opcode = 0x74   // castclass
	Isinst         Opcode = 0x75   // isinst
	Conv_R_Un      Opcode = 0x76   // conv.r.un
	Unbox          Opcode = 0x79   // unbox
	Throw          Opcode = 0x7A   // throw
	Ldfld          Opcode = 0x7B   // ldfld
	Ldflda         Opcode = 0x7C   // ldflda
	Stfld          Opcode = 0x7D   // stfld
	Ldsfld         Opcode = 0x7E   // ldsfld
	Ldsflda        Opcode = 0x7F   // ldsflda
	Stsfld         Opcode = 0x80   // stsfld
	Stobj          Opcode = 0x81   // stobj
	Conv_Ovf_I1_Un Opcode = 0x82   // conv.ovf.i1.un
	Conv_Ovf_I2_Un Opcode = 0x83   // conv.ovf.i2.un
	Conv_Ovf_I4_Un Opcode = 0x84   // conv.ovf.i4.un
	Conv_Ovf_I8_Un Opcode = 0x85   // conv.ovf.i8.un
	Conv_Ovf_U1_Un Opcode = 0x86   // conv.ovf.u1.un
	Conv_Ovf_U2_Un Opcode = 0x87   // conv.ovf.u2.un
	Conv_Ovf_U4_Un Opcode = 0x88   // conv.ovf.u4.un
	Conv_Ovf_U8_Un Opcode = 0x89   // conv.ovf.u8.un
	Conv_Ovf_I_Un  Opcode = 0x8A   // conv.ovf.i.un
	Conv_Ovf_U_Un  Opcode = 0x8B   // conv.ovf.u.un
	Box            Opcode = 0x8C   // box
	Newarr         Opcode = 0x8D   // newarr
	Ldlen          Opcode = 0x8E   // ldlen
	Ldelema        Opcode = 0x8F   // ldelema
	Ldelem_I1      Opcode = 0x90   // ldelem.i1
	Ldelem_U1      Opcode = 0x91   // ldelem.u1
	Ldelem_I2      Opcode = 0x92   // ldelem.i2
	Ldelem_U2      Opcode = 0x93   // ldelem.u2
	Ldelem_I4      Opcode = 0x94   // ldelem.i4
	Ldelem_U4      Opcode = 0x95   // ldelem.u4
	Ldelem_I8      Opcode = 0x96   // ldelem.i8
	Ldelem_I       Opcode = 0x97   // ldelem.i
	Ldelem_R4      Opcode = 0x98   // ldelem.r4
	Ldelem_R8      Opcode = 0x99   // ldelem.r8
	Ldelem_Ref     Opcode = 0x9A   // ldelem.ref
	Stelem_I       Opcode = 0x9B   // stelem.i
	Stelem_I1      Opcode = 0x9C   // stelem.i1
	Stelem_I2      Opcode = 0x9D   // stelem.i2
	Stelem_I4      Opcode = 0x9E   // stelem.i4
	Stelem_I8      Opcode = 0x9F   // stelem.i8
	Stelem_R4      Opcode = 0xA0   // stelem.r4
	Stelem_R8      Opcode = 0xA1   // stelem.r8
	Stelem_Ref     Opcode = 0xA2   // stelem.ref
	Ldelem         Opcode = 0xA3   // ldelem
	Stelem         Opcode = 0xA4   // stelem
	Unbox_Any      Opcode = 0xA5   // unbox.any
	Conv_Ovf_I1    Opcode = 0xB3   // conv.ovf.i1
	Conv_Ovf_U1    Opcode = 0xB4   // conv.ovf.u1
	Conv_Ovf_I2    Opcode = 0xB5   // conv.ovf.i2
	Conv_Ovf_U2    Opcode = 0xB6   // conv.ovf.u2
	Conv_Ovf_I4    Opcode = 0xB7   // conv.ovf.i4
	Conv_Ovf_U4    Opcode = 0xB8   // conv.ovf.u4
	Conv_Ovf_I8    Opcode = 0xB9   // conv.ovf.i8
	Conv_Ovf_U8    Opcode = 0xBA   // conv.ovf.u8
	Refanyval      Opcode = 0xC2   // refanyval
	Ckfinite       Opcode = 0xC3   // ckfinite
	Mkrefany       Opcode = 0xC6   // mkrefany
	Ldtoken        Opcode = 0xD0   // ldtoken
	Conv_U2        Opcode = 0xD1   // conv.u2
	Conv_U1        Opcode = 0xD2   // conv.u1
	Conv_I         Opcode = 0xD3   // conv.i
	Conv_Ovf_I     Opcode = 0xD4   // conv.ovf.i
	Conv_Ovf_U     Opcode = 0xD5   // conv.ovf.u
	Add_Ovf        Opcode = 0xD6   // add.ovf
	Add_Ovf_Un     Opcode = 0xD7   // add.ovf.un
	Mul_Ovf        Opcode = 0xD8   // mul.ovf
	Mul_Ovf_Un     Opcode = 0xD9   // mul.ovf.un
	Sub_Ovf        Opcode = 0xDA   // sub.ovf
	Sub_Ovf_Un     Opcode = 0xDB   // sub.ovf.un
	Endfinally     Opcode = 0xDC   // endfinally
	Leave          Opcode = 0xDD   // leave
	Leave_S        Opcode = 0xDE   // leave.s
	Stind_I        Opcode = 0xDF   // stind.i
	Conv_U         Opcode = 0xE0   // conv.u
	Arglist        Opcode = 0xFE00 // arglist
	Ceq            Opcode = 0xFE01 // ceq
	Cgt            Opcode = 0xFE02 // cgt
	Cgt_Un         Opcode = 0xFE03 // cgt.un
	Clt            Opcode = 0xFE04 // clt
	Clt_Un         Opcode = 0xFE05 // clt.un
	Ldftn          Opcode = 0xFE06 // ldftn
	Ldvirtftn      Opcode = 0xFE07 // ldvirtftn
	Ldarg          Opcode = 0xFE09 // ldarg
	Ldarga         Opcode = 0xFE0A // ldarga
	Starg          Opcode = 0xFE0B // starg
	Ldloc          Opcode = 0xFE0C // ldloc
	Ldloca         Opcode = 0xFE0D // ldloca
	Stloc          Opcode = 0xFE0E // stloc
	Localloc       Opcode = 0xFE0F // localloc
	Endfilter      Opcode = 0xFE11 // endfilter
	Unaligned      Opcode = 0xFE12 // unaligned.
	Volatile       Opcode = 0xFE13 // volatile.
	Tail           Opcode = 0xFE14 // tail.
	Initobj        Opcode = 0xFE15 // initobj
	Constrained    Opcode = 0xFE16 // constrained.
	Cpblk          Opcode = 0xFE17 // cpblk
	Initblk        Opcode = 0xFE18 // initblk
	No             Opcode = 0xFE19 // no.
	Rethrow        Opcode = 0xFE1A // rethrow
	Sizeof         Opcode = 0xFE1C // sizeof
	Refanytype     Opcode = 0xFE1D // refanytype
	Readonly       Opcode = 0xFE1E // readonly.
)

// Short aliases for the macro forms, for callers that prefer them.
const (
	Ldarg0 = Ldarg_0
	Ldarg1 = Ldarg_1
	Ldarg2 = Ldarg_2
	Ldarg3 = Ldarg_3
	Ldloc0 = Ldloc_0
	Ldloc1 = Ldloc_1
	Ldloc2 = Ldloc_2
	Ldloc3 = Ldloc_3
	Stloc0 = Stloc_0
	Stloc1 = Stloc_1
	Stloc2 = Stloc_2
	Stloc3 = Stloc_3
)

// oneByteOps and twoByteOps describe every opcode, indexed by the opcode's
// (last) byte. Entries with an empty Name are unassigned.
var oneByteOps = [256]Info{
	Nop:            {Name: "nop", Operand: InlineNone, Pop: 0, Push: 0, Prefix: false, Flow: FlowNext},
	Break:          {Name: "break", Operand: InlineNone, Pop: 0, Push: 0, Prefix: false, Flow: FlowBreak},
	Ldarg_0:        {Name: "ldarg.0", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldarg_1:        {Name: "ldarg.1", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldarg_2:        {Name: "ldarg.2", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldarg_3:        {Name: "ldarg.3", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldloc_0:        {Name: "ldloc.0", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldloc_1:        {Name: "ldloc.1", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldloc_2:        {Name: "ldloc.2", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldloc_3:        {Name: "ldloc.3", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Stloc_0:        {Name: "stloc.0", Operand: InlineNone, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Stloc_1:        {Name: "stloc.1", Operand: InlineNone, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Stloc_2:        {Name: "stloc.2", Operand: InlineNone, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Stloc_3:        {Name: "stloc.3", Operand: InlineNone, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Ldarg_S:        {Name: "ldarg.s", Operand: ShortInlineVar, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldarga_S:       {Name: "ldarga.s", Operand: ShortInlineVar, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Starg_S:        {Name: "starg.s", Operand: ShortInlineVar, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Ldloc_S:        {Name: "ldloc.s", Operand: ShortInlineVar, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldloca_S:       {Name: "ldloca.s", Operand: ShortInlineVar, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Stloc_S:        {Name: "stloc.s", Operand: ShortInlineVar, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Ldnull:         {Name: "ldnull", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_M1:      {Name: "ldc.i4.m1", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_0:       {Name: "ldc.i4.0", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_1:       {Name: "ldc.i4.1", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_2:       {Name: "ldc.i4.2", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_3:       {Name: "ldc.i4.3", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_4:       {Name: "ldc.i4.4", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_5:       {Name: "ldc.i4.5", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_6:       {Name: "ldc.i4.6", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_7:       {Name: "ldc.i4.7", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_8:       {Name: "ldc.i4.8", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4_S:       {Name: "ldc.i4.s", Operand: ShortInlineI, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I4:         {Name: "ldc.i4", Operand: InlineI, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_I8:         {Name: "ldc.i8", Operand: InlineI8, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_R4:         {Name: "ldc.r4", Operand: ShortInlineR, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldc_R8:         {Name: "ldc.r8", Operand: InlineR, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Dup:            {Name: "dup", Operand: InlineNone, Pop: 1, Push: 2, Prefix: false, Flow: FlowNext},
	Pop:            {Name: "pop", Operand: InlineNone, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Jmp:            {Name: "jmp", Operand: InlineMethod, Pop: 0, Push: 0, Prefix: false, Flow: FlowCall},
	Call:           {Name: "call", Operand: InlineMethod, Pop: -1, Push: -1, Prefix: false, Flow: FlowCall},
	Calli:          {Name: "calli", Operand: InlineSig, Pop: -1, Push: -1, Prefix: false, Flow: FlowCall},
	Ret:            {Name: "ret", Operand: InlineNone, Pop: -1, Push: 0, Prefix: false, Flow: FlowReturn},
	Br_S:           {Name: "br.s", Operand: ShortInlineBrTarget, Pop: 0, Push: 0, Prefix: false, Flow: FlowBranch},
	Brfalse_S:      {Name: "brfalse.s", Operand: ShortInlineBrTarget, Pop: 1, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Brtrue_S:       {Name: "brtrue.s", Operand: ShortInlineBrTarget, Pop: 1, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Beq_S:          {Name: "beq.s", Operand: ShortInlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Bge_S:          {Name: "bge.s", Operand: ShortInlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Bgt_S:          {Name: "bgt.s", Operand: ShortInlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Ble_S:          {Name: "ble.s", Operand: ShortInlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Blt_S:          {Name: "blt.s", Operand: ShortInlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Bne_Un_S:       {Name: "bne.un.s", Operand: ShortInlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Bge_Un_S:       {Name: "bge.un.s", Operand: ShortInlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Bgt_Un_S:       {Name: "bgt.un.s", Operand: ShortInlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Ble_Un_S:       {Name: "ble.un.s", Operand: ShortInlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Blt_Un_S:       {Name: "blt.un.s", Operand: ShortInlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Br:             {Name: "br", Operand: InlineBrTarget, Pop: 0, Push: 0, Prefix: false, Flow: FlowBranch},
	Brfalse:        {Name: "brfalse", Operand: InlineBrTarget, Pop: 1, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Brtrue:         {Name: "brtrue", Operand: InlineBrTarget, Pop: 1, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Beq:            {Name: "beq", Operand: InlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Bge:            {Name: "bge", Operand: InlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Bgt:            {Name: "bgt", Operand: InlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Ble:            {Name: "ble", Operand: InlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Blt:            {Name: "blt", Operand: InlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Bne_Un:         {Name: "bne.un", Operand: InlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Bge_Un:         {Name: "bge.un", Operand: InlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Bgt_Un:         {Name: "bgt.un", Operand: InlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Ble_Un:         {Name: "ble.un", Operand: InlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Blt_Un:         {Name: "blt.un", Operand: InlineBrTarget, Pop: 2, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Switch:         {Name: "switch", Operand: InlineSwitch, Pop: 1, Push: 0, Prefix: false, Flow: FlowCondBranch},
	Ldind_I1:       {Name: "ldind.i1", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldind_U1:       {Name: "ldind.u1", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldind_I2:       {Name: "ldind.i2", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldind_U2:       {Name: "ldind.u2", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldind_I4:       {Name: "ldind.i4", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldind_U4:       {Name: "ldind.u4", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldind_I8:       {Name: "ldind.i8", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldind_I:        {Name: "ldind.i", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldind_R4:       {Name: "ldind.r4", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldind_R8:       {Name: "ldind.r8", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldind_Ref:      {Name: "ldind.ref", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Stind_Ref:      {Name: "stind.ref", Operand: InlineNone, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Stind_I1:       {Name: "stind.i1", Operand: InlineNone, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Stind_I2:       {Name: "stind.i2", Operand: InlineNone, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Stind_I4:       {Name: "stind.i4", Operand: InlineNone, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Stind_I8:       {Name: "stind.i8", Operand: InlineNone, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Stind_R4:       {Name: "stind.r4", Operand: InlineNone, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Stind_R8:       {Name: "stind.r8", Operand: InlineNone, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Add:            {Name: "add", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Sub:            {Name: "sub", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Mul:            {Name: "mul", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Div:            {Name: "div", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Div_Un:         {Name: "div.un", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Rem:            {Name: "rem", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Rem_Un:         {Name: "rem.un", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	And:            {Name: "and", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Or:             {Name: "or", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Xor:            {Name: "xor", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Shl:            {Name: "shl", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Shr:            {Name: "shr", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Shr_Un:         {Name: "shr.un", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Neg:            {Name: "neg", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Not:            {Name: "not", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_I1:        {Name: "conv.i1", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_I2:        {Name: "conv.i2", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_I4:        {Name: "conv.i4", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_I8:        {Name: "conv.i8", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_R4:        {Name: "conv.r4", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_R8:        {Name: "conv.r8", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_U4:        {Name: "conv.u4", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_U8:        {Name: "conv.u8", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Callvirt:       {Name: "callvirt", Operand: InlineMethod, Pop: -1, Push: -1, Prefix: false, Flow: FlowCall},
	Cpobj:          {Name: "cpobj", Operand: InlineType, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Ldobj:          {Name: "ldobj", Operand: InlineType, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldstr:          {Name: "ldstr", Operand: InlineString, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Newobj:         {Name: "newobj", Operand: InlineMethod, Pop: -1, Push: 1, Prefix: false, Flow: FlowCall},
	Castclass:      {Name: "castclass", Operand: InlineType, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Isinst:         {Name: "isinst", Operand: InlineType, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_R_Un:      {Name: "conv.r.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Unbox:          {Name: "unbox", Operand: InlineType, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Throw:          {Name: "throw", Operand: InlineNone, Pop: 1, Push: 0, Prefix: false, Flow: FlowThrow},
	Ldfld:          {Name: "ldfld", Operand: InlineField, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldflda:         {Name: "ldflda", Operand: InlineField, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Stfld:          {Name: "stfld", Operand: InlineField, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Ldsfld:         {Name: "ldsfld", Operand: InlineField, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldsflda:        {Name: "ldsflda", Operand: InlineField, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Stsfld:         {Name: "stsfld", Operand: InlineField, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Stobj:          {Name: "stobj", Operand: InlineType, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Conv_Ovf_I1_Un: {Name: "conv.ovf.i1.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_I2_Un: {Name: "conv.ovf.i2.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_I4_Un: {Name: "conv.ovf.i4.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_I8_Un: {Name: "conv.ovf.i8.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_U1_Un: {Name: "conv.ovf.u1.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_U2_Un: {Name: "conv.ovf.u2.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_U4_Un: {Name: "conv.ovf.u4.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_U8_Un: {Name: "conv.ovf.u8.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_I_Un:  {Name: "conv.ovf.i.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_U_Un:  {Name: "conv.ovf.u.un", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Box:            {Name: "box", Operand: InlineType, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Newarr:         {Name: "newarr", Operand: InlineType, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldlen:          {Name: "ldlen", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelema:        {Name: "ldelema", Operand: InlineType, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_I1:      {Name: "ldelem.i1", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_U1:      {Name: "ldelem.u1", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_I2:      {Name: "ldelem.i2", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_U2:      {Name: "ldelem.u2", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_I4:      {Name: "ldelem.i4", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_U4:      {Name: "ldelem.u4", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_I8:      {Name: "ldelem.i8", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_I:       {Name: "ldelem.i", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_R4:      {Name: "ldelem.r4", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_R8:      {Name: "ldelem.r8", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldelem_Ref:     {Name: "ldelem.ref", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Stelem_I:       {Name: "stelem.i", Operand: InlineNone, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	Stelem_I1:      {Name: "stelem.i1", Operand: InlineNone, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	Stelem_I2:      {Name: "stelem.i2", Operand: InlineNone, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	Stelem_I4:      {Name: "stelem.i4", Operand: InlineNone, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	Stelem_I8:      {Name: "stelem.i8", Operand: InlineNone, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	Stelem_R4:      {Name: "stelem.r4", Operand: InlineNone, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	Stelem_R8:      {Name: "stelem.r8", Operand: InlineNone, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	Stelem_Ref:     {Name: "stelem.ref", Operand: InlineNone, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	Ldelem:         {Name: "ldelem", Operand: InlineType, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Stelem:         {Name: "stelem", Operand: InlineType, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	Unbox_Any:      {Name: "unbox.any", Operand: InlineType, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_I1:    {Name: "conv.ovf.i1", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_U1:    {Name: "conv.ovf.u1", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_I2:    {Name: "conv.ovf.i2", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_U2:    {Name: "conv.ovf.u2", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_I4:    {Name: "conv.ovf.i4", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_U4:    {Name: "conv.ovf.u4", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_I8:    {Name: "conv.ovf.i8", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_U8:    {Name: "conv.ovf.u8", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Refanyval:      {Name: "refanyval", Operand: InlineType, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ckfinite:       {Name: "ckfinite", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Mkrefany:       {Name: "mkrefany", Operand: InlineType, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldtoken:        {Name: "ldtoken", Operand: InlineTok, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_U2:        {Name: "conv.u2", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_U1:        {Name: "conv.u1", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_I:         {Name: "conv.i", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_I:     {Name: "conv.ovf.i", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Conv_Ovf_U:     {Name: "conv.ovf.u", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Add_Ovf:        {Name: "add.ovf", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Add_Ovf_Un:     {Name: "add.ovf.un", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Mul_Ovf:        {Name: "mul.ovf", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Mul_Ovf_Un:     {Name: "mul.ovf.un", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Sub_Ovf:        {Name: "sub.ovf", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Sub_Ovf_Un:     {Name: "sub.ovf.un", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Endfinally:     {Name: "endfinally", Operand: InlineNone, Pop: 0, Push: 0, Prefix: false, Flow: FlowReturn},
	Leave:          {Name: "leave", Operand: InlineBrTarget, Pop: 0, Push: 0, Prefix: false, Flow: FlowBranch},
	Leave_S:        {Name: "leave.s", Operand: ShortInlineBrTarget, Pop: 0, Push: 0, Prefix: false, Flow: FlowBranch},
	Stind_I:        {Name: "stind.i", Operand: InlineNone, Pop: 2, Push: 0, Prefix: false, Flow: FlowNext},
	Conv_U:         {Name: "conv.u", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
}

var twoByteOps = [256]Info{
	Arglist & 0xFF:     {Name: "arglist", Operand: InlineNone, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ceq & 0xFF:         {Name: "ceq", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Cgt & 0xFF:         {Name: "cgt", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Cgt_Un & 0xFF:      {Name: "cgt.un", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Clt & 0xFF:         {Name: "clt", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Clt_Un & 0xFF:      {Name: "clt.un", Operand: InlineNone, Pop: 2, Push: 1, Prefix: false, Flow: FlowNext},
	Ldftn & 0xFF:       {Name: "ldftn", Operand: InlineMethod, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldvirtftn & 0xFF:   {Name: "ldvirtftn", Operand: InlineMethod, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Ldarg & 0xFF:       {Name: "ldarg", Operand: InlineVar, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldarga & 0xFF:      {Name: "ldarga", Operand: InlineVar, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Starg & 0xFF:       {Name: "starg", Operand: InlineVar, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Ldloc & 0xFF:       {Name: "ldloc", Operand: InlineVar, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Ldloca & 0xFF:      {Name: "ldloca", Operand: InlineVar, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Stloc & 0xFF:       {Name: "stloc", Operand: InlineVar, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Localloc & 0xFF:    {Name: "localloc", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Endfilter & 0xFF:   {Name: "endfilter", Operand: InlineNone, Pop: 1, Push: 0, Prefix: false, Flow: FlowReturn},
	Unaligned & 0xFF:   {Name: "unaligned.", Operand: ShortInlineI, Pop: 0, Push: 0, Prefix: true, Flow: FlowMeta},
	Volatile & 0xFF:    {Name: "volatile.", Operand: InlineNone, Pop: 0, Push: 0, Prefix: true, Flow: FlowMeta},
	Tail & 0xFF:        {Name: "tail.", Operand: InlineNone, Pop: 0, Push: 0, Prefix: true, Flow: FlowMeta},
	Initobj & 0xFF:     {Name: "initobj", Operand: InlineType, Pop: 1, Push: 0, Prefix: false, Flow: FlowNext},
	Constrained & 0xFF: {Name: "constrained.", Operand: InlineType, Pop: 0, Push: 0, Prefix: true, Flow: FlowMeta},
	Cpblk & 0xFF:       {Name: "cpblk", Operand: InlineNone, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	Initblk & 0xFF:     {Name: "initblk", Operand: InlineNone, Pop: 3, Push: 0, Prefix: false, Flow: FlowNext},
	No & 0xFF:          {Name: "no.", Operand: ShortInlineI, Pop: 0, Push: 0, Prefix: true, Flow: FlowMeta},
	Rethrow & 0xFF:     {Name: "rethrow", Operand: InlineNone, Pop: 0, Push: 0, Prefix: false, Flow: FlowThrow},
	Sizeof & 0xFF:      {Name: "sizeof", Operand: InlineType, Pop: 0, Push: 1, Prefix: false, Flow: FlowNext},
	Refanytype & 0xFF:  {Name: "refanytype", Operand: InlineNone, Pop: 1, Push: 1, Prefix: false, Flow: FlowNext},
	Readonly & 0xFF:    {Name: "readonly.", Operand: InlineNone, Pop: 0, Push: 0, Prefix: true, Flow: FlowMeta},
}
