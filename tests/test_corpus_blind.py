"""The corpora written blind: measured, never tuned message by message.

``tests/corpus_blind`` (issue #10) is held to the project corpus's targets: recall >= 0.97 and a
false-positive rate of at most 1 %, with the shipped policy's classifier (spaCy NER included). Its
misses were read once to find their causes, so it is no longer a clean held-out set;
``tests/corpus_heldout`` was written afterwards by another blind writer and is only measured (its
figures are in the README), so that a later fix is judged on mail nobody tuned against.
``tests/corpus_fresh`` (session 4) was written blind by a third writer while the precision work was
done by someone who never read it nor the held-out corpus: it too is only measured.
``tests/corpus_dev_a``, ``_b`` and ``_c`` (session 5) were written blind by three more writers as
development sets: measured once, then their misses read to find causes (see their READMEs).
``tests/corpus_dev_d`` was written blind as a sealed set, measured once after that work (recall 0.946,
FPR 0.012), then read the same way. ``tests/corpus_dev_e``, the last sealed set of session 5, was measured
once at the end of that work (recall 0.955, FPR 0.033), then read the same way.
``tests/corpus_heldout_2`` was written blind after all of that and measured once (recall 0.955, FPR 0.020):
never read, it is only measured, like ``tests/corpus_heldout``.
Session 6 added the development sets ``corpus_dev_f`` to ``_p`` and the sealed sets ``corpus_heldout_3`` to ``_6``.
Session 7 read ``corpus_heldout_5`` (unsealed: its misses had not moved in a session; it is a development set
now and guarded like one), added the development sets ``corpus_dev_q`` and ``_r`` and the sealed sets
``corpus_heldout_7`` and ``_8`` (measured at the session's start and end only, never read); then the development
sets ``corpus_dev_s`` and ``_t``, and ``corpus_dev_u``, written as the sealed set ``corpus_heldout_9`` and read
after its first measure (false-positive rate 0.061); ``corpus_heldout_10`` and ``_11`` are sealed like 7 and 8;
last, the development sets ``corpus_dev_v`` (laboratory, blood bank, infection control) and ``_w`` (outpatient
clinics, portals, families), ``_x`` (pediatrics, schools) and ``_y`` (cardiology, nephrology, transplant).
``corpus_heldout_11`` was read at the very end of session 7 (its false-positive rate, 0.050, had not moved);
``corpus_heldout_12`` was written after that, sealed. ``corpus_heldout_13`` and ``corpus_heldout_14`` were written
in session 8, sealed (measured at the session-start and final code, numbers only); session 9 read them for causes
(development sets now) and added ``corpus_heldout_15`` (family-medicine groups, CLSC, pharmacies) and ``_16``
(rehabilitation and mental health, Ontario and Belgium), sealed; at its very end, after the last change to the
code, ``corpus_heldout_17`` (emergency, intensive care, internal medicine) and ``_18`` (public health, outpatient
specialty clinics), sealed. Session 10 read ``corpus_heldout_12`` and ``_16`` (the two sealed sets with the most
misses) and two new sets written blind for reading, ``corpus_heldout_21`` (cardiology, nephrology, transplant) and
``_22`` (primary care, community health): development sets now, guarded like the others; it added the sealed
sets ``corpus_heldout_19`` (surgery, oncology, imaging; Liège and Lyon) and ``_20`` (mental health, youth
protection, long-term and home care; Ottawa), measured at the session's start and end only. Four more sets were
written blind for reading in session 10: ``corpus_heldout_23`` (mother and child), ``_24`` (administrative and
support services), ``_25`` (cancer and blood care) and ``_26`` (Ontario and West Island, mostly English); 23, 24
and 26 are guarded, ``_25`` (recall 0.950 after its causes were read: a pharmacist naming a patient by surname
alone, a physicist's QA note) is only measured. At its end, after the last change to detection, ``corpus_heldout_27``
(a rural and northern network: nursing stations, evacuations, telehealth) and ``_28`` (geriatrics and long-term
care) were written blind and sealed.
Session 11 wrote two more for reading, ``corpus_heldout_29`` (a regional network: mental health and addiction, home
care, obstetrics, long-term care; mostly French) and ``_30`` (a university network: oncology, dialysis, paediatrics,
research, interpreters; mostly English): measured at first sight (recall 0.950 and 0.933, false-positive rates 0 and
0.028), then read for causes; development sets now, guarded like the others. After those fixes,
``corpus_heldout_31`` (a Montréal CIUSSS: emergency, trauma, geriatrics, palliative care, addiction,
occupational health) and ``_32`` (family-medicine groups and a regional hospital in Estrie, with Belgian and French
partner clinics) were written blind and sealed. Then two more were written for reading, ``corpus_heldout_33`` (a
Québec City university hospital) and ``_34`` (Ontario and Outaouais community care: home care, a hospice, a crisis
line, an opioid clinic), measured at first sight and read; they end at 0.967 each and are only measured, like
``_25``; the sealed 31 and 32 were measured again after that work.
Session 12 wrote ``corpus_heldout_35`` (surgical services of a Montréal university hospital: operating-room booking,
pre-op clinic, frozen sections, post-op follow-up; mostly French) and ``_36`` (emergency and inpatient psychiatry of an
Ontario community hospital: crisis team, Form 1, housing, police liaison; mostly English) for reading: measured at
first sight (recall 0.842 and 0.950, false-positive rates 0 and 0.106), then read for causes; they end at 0.958 and
0.967 with no false positive and are only measured. At the session's start it also had ``corpus_heldout_37`` (a
paediatric hospital with youth protection and school health) and ``_38`` (nephrology, transplant and infectious
diseases with Belgian and French partners, a records department) written blind and sealed: measured at the
session-start and final code only, numbers only. Then ``corpus_heldout_41`` (a CIUSSS's internal communications:
newsletters, occupational health, staff announcements, utilisation reports, beside clinical mail) was written blind
for reading with hard negatives in mind: first sight 0.950 / 0.028, read, 0.975 / 0 after its causes were fixed, and
guarded. Between the two reading rounds, ``corpus_heldout_39`` (obstetrics, gynaecology and neonatal care in
Lanaudière and Laurentides) and ``_40`` (cardiology and cardiac surgery of an English university network) were
written blind and sealed (numbers only, at the session-start and final code).
Session 13 wrote ``corpus_heldout_42`` (a regional hospital's emergency department and internal medicine ward: sign-out
lists, consults, lab call-backs; mostly French) and ``_43`` (outpatient care: family-medicine groups, clinics, community
pharmacy, home care; two thirds French) for reading: first sight 0.967 / 0.006 and 0.967 / 0.128, read for causes,
1.000 / 0 and 0.992 / 0 after them, and guarded. Beside them ``corpus_heldout_44`` (psychiatry, paediatrics,
obstetrics, youth protection and social work; half French) and ``_45`` (an English teaching hospital: radiology,
oncology, cardiology, research ethics, Ontario referrals) were written blind and sealed (numbers only). A second
round wrote ``corpus_heldout_46`` (cross-border care with Belgian and French partner hospitals) and ``_47`` (medical
records, legal and quality offices: release of information, complaints, incident reports) for reading: first sight
0.975 / 0.022 and 0.967 / 0.044, read, 0.992 / 0 and 1.000 / 0, guarded; and ``corpus_heldout_48`` (long-term care
and rehabilitation) and ``_49`` (day surgery, endoscopy, pre-op clinic, hospital pharmacy), written blind and sealed.
A third reading round wrote ``corpus_heldout_50`` (an oncology and haematology day centre and its pharmacy) and ``_51``
(non-clinical staff who handle patients: clerks, switchboard, transport, interpreters, chaplaincy, security): first
sight 0.958 / 0.117 and 0.975 / 0.039, read, 0.967 / 0 and 0.975 / 0.011; only measured (below the guard's targets).
Last, ``corpus_heldout_52`` (a regional network in Abitibi and on the Côte-Nord, with northern nursing stations) and
``_53`` (an English community hospital in the Eastern Townships and the Ottawa valley) were written blind while the last
round's causes were fixed and sealed: measured at the session-start and final code only, numbers only.
Session 14 wrote ``corpus_heldout_54`` (rehabilitation, long-term care and home care; mostly French) and ``_55``
(cardiology, nephrology and dialysis, medical imaging; half English) for reading: first sight 0.950 / 0.028 and
0.950 / 0.006, read for causes, 0.975 / 0 and 0.983 / 0.006 after them, and guarded. Beside them
``corpus_heldout_56`` (public health and infection prevention) and ``_57`` (outpatient specialty clinics, billing,
insurers and lawyers) were written blind and sealed (numbers only). A second round wrote ``corpus_heldout_58``
(mental health and addiction services; mostly French) for reading: first sight 0.950 / 0.039, read, 0.967 / 0 (below
the guard's recall target: measured only); and ``corpus_heldout_59`` (a regional emergency department and intensive
care unit), written blind and sealed. A third round wrote ``corpus_heldout_60`` (laboratory medicine, the blood bank
and genetics; half English) for reading: first sight 0.933 / 0, read, 0.958 / 0 (measured only); and
``corpus_heldout_61`` (geriatrics and memory clinics, guardianship), written blind and sealed.
Session 15 wrote ``corpus_heldout_62`` (paediatrics, obstetrics and neonatal care) and ``_64`` (oncology, palliative
care and the hospital pharmacy) for reading: first sight 0.858 / 0.011 and 0.992 / 0.022, read for causes, 0.967 / 0
(measured only) and 1.000 / 0 (guarded); and ``corpus_heldout_63`` (emergency department and surgery) and ``_65``
(geriatrics, long-term care homes and social work), written blind and sealed (numbers only). A second round wrote
``corpus_heldout_66`` (family medicine groups and walk-in clinics) and ``_68`` (medical records, access requests,
complaints, risk management) for reading: first sight 0.883 / 0.039 each, read, 0.950 / 0 and 0.950 / 0.011
(measured only); and ``corpus_heldout_67`` (outpatient specialty clinics) and ``_69`` (endocrinology, diabetes
education, kidney transplant), written blind and sealed.
Session 16 wrote ``corpus_heldout_70`` (emergency department, ambulance, poison control, police and coroner requests)
and ``_72`` (outpatient specialty clinics and medical imaging) for reading: first sight 0.975 / 0.006 and 0.833 /
0.022, read for causes, 1.000 / 0 (guarded) and 0.967 / 0.022 (measured only); and ``corpus_heldout_71`` (cardiology and
respirology) and ``_73`` (public health), written blind and sealed (numbers only). A second round wrote
``corpus_heldout_74`` (clinic secretaries and a referral centre) for reading: first sight 0.933 / 0.006, read, 0.983 /
0 (guarded); and ``corpus_heldout_75`` (hospital social services and discharge planning), written blind and sealed.
Session 17 wrote ``corpus_heldout_76`` (surgery and perioperative care) and ``_78`` (geriatrics, home care, palliative
care at home, community pharmacies) for reading: first sight 0.983 / 0.006 and 0.942 / 0.022, read for causes, 1.000 /
0 each (guarded); and ``corpus_heldout_77`` (a Belgian hospital network with Quebec and French partners) and ``_79``
(hospital administration, complaints, claims, media), written blind and sealed (numbers only). A second round wrote
``corpus_heldout_80`` (fertility, medical genetics and prenatal screening, sexual health) and ``_82`` (hospitals and
general practitioners in Belgium and France) for reading: first sight 0.867 / 0 and 0.933 / 0.017, read, 1.000 / 0
and 0.992 / 0 (guarded); and ``corpus_heldout_81`` (the Quebec–Ontario border, out-of-province care), written blind
and sealed.
Session 18 wrote ``corpus_heldout_83`` (medical imaging) and ``_85`` (northern and Indigenous health) for reading,
and ``corpus_heldout_84`` (pre-hospital care and patient flow) and ``_86`` (work injuries, insurers, private clinics),
written blind and sealed; a second round wrote ``corpus_heldout_87`` (a refugee and immigrant health clinic) and
``_89`` (orthopaedics and sports medicine) for reading, and ``corpus_heldout_88`` (respiratory and home ventilation
care) and ``_90`` (a children's hospital), sealed. Their figures are in each README; none of the four read reaches
the targets, so they are measured only.
Session 19 wrote ``corpus_heldout_91`` (palliative care and hospice) and ``_93`` (a clinical research centre and
trials unit) for reading, and ``corpus_heldout_92`` (community and hospital pharmacy) and ``_94`` (addiction
medicine, harm reduction, a sexual-health clinic), written blind and sealed; a second round wrote
``corpus_heldout_95`` (ophthalmology) and ``_97`` (a stroke unit, neurology and rehabilitation) for reading, and
``corpus_heldout_96`` (nephrology, dialysis, transplant) and ``_98`` (dermatology and a plastic-surgery clinic),
sealed. Their figures are in each README; the four read are measured only (none reaches both targets).
Session 20 wrote ``corpus_heldout_99`` (a dental clinic and oral surgery) and ``_101`` (infectious diseases and a
travel clinic) for reading, and ``corpus_heldout_100`` (audiology and ENT) and ``_102`` (gastroenterology and
endoscopy), written blind and sealed; a second round wrote ``corpus_heldout_103`` (urology) and ``_105`` (medical
billing and claims) for reading, and ``corpus_heldout_104`` (allergy and clinical immunology) and ``_106`` (telehealth
and virtual care), sealed. Their figures are in each README; of the four read, ``_101`` and ``_103`` reach both
targets (guarded below), ``_99`` and ``_105`` are measured only (``_105`` reaches both in session 21: guarded).
Session 21 wrote ``corpus_heldout_107`` (a neurology clinic: epilepsy, multiple sclerosis, an EEG and EMG lab) and
``_109`` (school nurses and youth clinics) for reading, and ``corpus_heldout_108`` (rheumatology and an infusion
clinic) and ``_110`` (medical transport and home-care suppliers), written blind and sealed. Their figures are in
each README; the two read are measured only (neither reaches both targets). A second round wrote
``corpus_heldout_111`` (correctional health) and ``_113`` (employee and occupational health) for reading, and
``corpus_heldout_112`` (a blood bank and transfusion service) and ``_114`` (a coroner's office, forensic pathology
and medico-legal requests), sealed; ``_111`` reaches both targets (guarded below), ``_113`` is measured only.
``sentinelle evaluate`` reports the corpora side by side.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import zlib
from email import policy as email_policy
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.evaluate import evaluate, format_report, load_labels
from sentinelle.classifiers.types import FINDING_TYPES

BLIND = Path(__file__).resolve().parent / "corpus_blind"
HELDOUT = Path(__file__).resolve().parent / "corpus_heldout"
FRESH = Path(__file__).resolve().parent / "corpus_fresh"
DEV_A = Path(__file__).resolve().parent / "corpus_dev_a"
DEV_B = Path(__file__).resolve().parent / "corpus_dev_b"
DEV_C = Path(__file__).resolve().parent / "corpus_dev_c"
DEV_D = Path(__file__).resolve().parent / "corpus_dev_d"
DEV_E = Path(__file__).resolve().parent / "corpus_dev_e"
HELDOUT_2 = Path(__file__).resolve().parent / "corpus_heldout_2"
DEV_F = Path(__file__).resolve().parent / "corpus_dev_f"
DEV_G = Path(__file__).resolve().parent / "corpus_dev_g"
DEV_H = Path(__file__).resolve().parent / "corpus_dev_h"
DEV_I = Path(__file__).resolve().parent / "corpus_dev_i"
DEV_J = Path(__file__).resolve().parent / "corpus_dev_j"
DEV_K = Path(__file__).resolve().parent / "corpus_dev_k"
DEV_L = Path(__file__).resolve().parent / "corpus_dev_l"
DEV_M = Path(__file__).resolve().parent / "corpus_dev_m"
DEV_N = Path(__file__).resolve().parent / "corpus_dev_n"
DEV_O = Path(__file__).resolve().parent / "corpus_dev_o"
HELDOUT_3 = Path(__file__).resolve().parent / "corpus_heldout_3"
HELDOUT_4 = Path(__file__).resolve().parent / "corpus_heldout_4"
HELDOUT_5 = Path(__file__).resolve().parent / "corpus_heldout_5"
HELDOUT_6 = Path(__file__).resolve().parent / "corpus_heldout_6"
DEV_P = Path(__file__).resolve().parent / "corpus_dev_p"
DEV_Q = Path(__file__).resolve().parent / "corpus_dev_q"
DEV_R = Path(__file__).resolve().parent / "corpus_dev_r"
HELDOUT_7 = Path(__file__).resolve().parent / "corpus_heldout_7"
HELDOUT_8 = Path(__file__).resolve().parent / "corpus_heldout_8"
DEV_S = Path(__file__).resolve().parent / "corpus_dev_s"
DEV_T = Path(__file__).resolve().parent / "corpus_dev_t"
DEV_U = Path(__file__).resolve().parent / "corpus_dev_u"
HELDOUT_10 = Path(__file__).resolve().parent / "corpus_heldout_10"
HELDOUT_11 = Path(__file__).resolve().parent / "corpus_heldout_11"
DEV_V = Path(__file__).resolve().parent / "corpus_dev_v"
DEV_W = Path(__file__).resolve().parent / "corpus_dev_w"
DEV_X = Path(__file__).resolve().parent / "corpus_dev_x"
DEV_Y = Path(__file__).resolve().parent / "corpus_dev_y"
HELDOUT_12 = Path(__file__).resolve().parent / "corpus_heldout_12"
HELDOUT_13 = Path(__file__).resolve().parent / "corpus_heldout_13"
HELDOUT_14 = Path(__file__).resolve().parent / "corpus_heldout_14"
HELDOUT_15 = Path(__file__).resolve().parent / "corpus_heldout_15"
HELDOUT_16 = Path(__file__).resolve().parent / "corpus_heldout_16"
HELDOUT_17 = Path(__file__).resolve().parent / "corpus_heldout_17"
HELDOUT_18 = Path(__file__).resolve().parent / "corpus_heldout_18"
HELDOUT_19 = Path(__file__).resolve().parent / "corpus_heldout_19"
HELDOUT_20 = Path(__file__).resolve().parent / "corpus_heldout_20"
HELDOUT_21 = Path(__file__).resolve().parent / "corpus_heldout_21"
HELDOUT_22 = Path(__file__).resolve().parent / "corpus_heldout_22"
HELDOUT_23 = Path(__file__).resolve().parent / "corpus_heldout_23"
HELDOUT_24 = Path(__file__).resolve().parent / "corpus_heldout_24"
HELDOUT_25 = Path(__file__).resolve().parent / "corpus_heldout_25"
HELDOUT_26 = Path(__file__).resolve().parent / "corpus_heldout_26"
HELDOUT_27 = Path(__file__).resolve().parent / "corpus_heldout_27"
HELDOUT_28 = Path(__file__).resolve().parent / "corpus_heldout_28"
HELDOUT_29 = Path(__file__).resolve().parent / "corpus_heldout_29"
HELDOUT_30 = Path(__file__).resolve().parent / "corpus_heldout_30"
HELDOUT_31 = Path(__file__).resolve().parent / "corpus_heldout_31"
HELDOUT_32 = Path(__file__).resolve().parent / "corpus_heldout_32"
HELDOUT_33 = Path(__file__).resolve().parent / "corpus_heldout_33"
HELDOUT_34 = Path(__file__).resolve().parent / "corpus_heldout_34"
HELDOUT_35 = Path(__file__).resolve().parent / "corpus_heldout_35"
HELDOUT_36 = Path(__file__).resolve().parent / "corpus_heldout_36"
HELDOUT_37 = Path(__file__).resolve().parent / "corpus_heldout_37"
HELDOUT_38 = Path(__file__).resolve().parent / "corpus_heldout_38"
HELDOUT_39 = Path(__file__).resolve().parent / "corpus_heldout_39"
HELDOUT_40 = Path(__file__).resolve().parent / "corpus_heldout_40"
HELDOUT_41 = Path(__file__).resolve().parent / "corpus_heldout_41"
HELDOUT_42 = Path(__file__).resolve().parent / "corpus_heldout_42"
HELDOUT_43 = Path(__file__).resolve().parent / "corpus_heldout_43"
HELDOUT_44 = Path(__file__).resolve().parent / "corpus_heldout_44"
HELDOUT_45 = Path(__file__).resolve().parent / "corpus_heldout_45"
HELDOUT_46 = Path(__file__).resolve().parent / "corpus_heldout_46"
HELDOUT_47 = Path(__file__).resolve().parent / "corpus_heldout_47"
HELDOUT_48 = Path(__file__).resolve().parent / "corpus_heldout_48"
HELDOUT_49 = Path(__file__).resolve().parent / "corpus_heldout_49"
HELDOUT_50 = Path(__file__).resolve().parent / "corpus_heldout_50"
HELDOUT_51 = Path(__file__).resolve().parent / "corpus_heldout_51"
HELDOUT_52 = Path(__file__).resolve().parent / "corpus_heldout_52"
HELDOUT_53 = Path(__file__).resolve().parent / "corpus_heldout_53"
HELDOUT_54 = Path(__file__).resolve().parent / "corpus_heldout_54"
HELDOUT_55 = Path(__file__).resolve().parent / "corpus_heldout_55"
HELDOUT_56 = Path(__file__).resolve().parent / "corpus_heldout_56"
HELDOUT_57 = Path(__file__).resolve().parent / "corpus_heldout_57"
HELDOUT_58 = Path(__file__).resolve().parent / "corpus_heldout_58"
HELDOUT_59 = Path(__file__).resolve().parent / "corpus_heldout_59"
HELDOUT_60 = Path(__file__).resolve().parent / "corpus_heldout_60"
HELDOUT_61 = Path(__file__).resolve().parent / "corpus_heldout_61"
HELDOUT_62 = Path(__file__).resolve().parent / "corpus_heldout_62"
HELDOUT_63 = Path(__file__).resolve().parent / "corpus_heldout_63"
HELDOUT_64 = Path(__file__).resolve().parent / "corpus_heldout_64"
HELDOUT_65 = Path(__file__).resolve().parent / "corpus_heldout_65"
HELDOUT_66 = Path(__file__).resolve().parent / "corpus_heldout_66"
HELDOUT_67 = Path(__file__).resolve().parent / "corpus_heldout_67"
HELDOUT_68 = Path(__file__).resolve().parent / "corpus_heldout_68"
HELDOUT_69 = Path(__file__).resolve().parent / "corpus_heldout_69"
HELDOUT_70 = Path(__file__).resolve().parent / "corpus_heldout_70"
HELDOUT_71 = Path(__file__).resolve().parent / "corpus_heldout_71"
HELDOUT_72 = Path(__file__).resolve().parent / "corpus_heldout_72"
HELDOUT_73 = Path(__file__).resolve().parent / "corpus_heldout_73"
HELDOUT_74 = Path(__file__).resolve().parent / "corpus_heldout_74"
HELDOUT_75 = Path(__file__).resolve().parent / "corpus_heldout_75"
HELDOUT_76 = Path(__file__).resolve().parent / "corpus_heldout_76"
HELDOUT_77 = Path(__file__).resolve().parent / "corpus_heldout_77"
HELDOUT_78 = Path(__file__).resolve().parent / "corpus_heldout_78"
HELDOUT_79 = Path(__file__).resolve().parent / "corpus_heldout_79"
HELDOUT_80 = Path(__file__).resolve().parent / "corpus_heldout_80"
HELDOUT_81 = Path(__file__).resolve().parent / "corpus_heldout_81"
HELDOUT_82 = Path(__file__).resolve().parent / "corpus_heldout_82"
HELDOUT_83 = Path(__file__).resolve().parent / "corpus_heldout_83"
HELDOUT_84 = Path(__file__).resolve().parent / "corpus_heldout_84"
HELDOUT_85 = Path(__file__).resolve().parent / "corpus_heldout_85"
HELDOUT_86 = Path(__file__).resolve().parent / "corpus_heldout_86"
HELDOUT_87 = Path(__file__).resolve().parent / "corpus_heldout_87"
HELDOUT_88 = Path(__file__).resolve().parent / "corpus_heldout_88"
HELDOUT_89 = Path(__file__).resolve().parent / "corpus_heldout_89"
HELDOUT_90 = Path(__file__).resolve().parent / "corpus_heldout_90"
HELDOUT_91 = Path(__file__).resolve().parent / "corpus_heldout_91"
HELDOUT_92 = Path(__file__).resolve().parent / "corpus_heldout_92"
HELDOUT_93 = Path(__file__).resolve().parent / "corpus_heldout_93"
HELDOUT_94 = Path(__file__).resolve().parent / "corpus_heldout_94"
HELDOUT_95 = Path(__file__).resolve().parent / "corpus_heldout_95"
HELDOUT_96 = Path(__file__).resolve().parent / "corpus_heldout_96"
HELDOUT_97 = Path(__file__).resolve().parent / "corpus_heldout_97"
HELDOUT_98 = Path(__file__).resolve().parent / "corpus_heldout_98"
HELDOUT_99 = Path(__file__).resolve().parent / "corpus_heldout_99"
HELDOUT_100 = Path(__file__).resolve().parent / "corpus_heldout_100"
HELDOUT_101 = Path(__file__).resolve().parent / "corpus_heldout_101"
HELDOUT_102 = Path(__file__).resolve().parent / "corpus_heldout_102"
HELDOUT_103 = Path(__file__).resolve().parent / "corpus_heldout_103"
HELDOUT_104 = Path(__file__).resolve().parent / "corpus_heldout_104"
HELDOUT_105 = Path(__file__).resolve().parent / "corpus_heldout_105"
HELDOUT_106 = Path(__file__).resolve().parent / "corpus_heldout_106"
HELDOUT_107 = Path(__file__).resolve().parent / "corpus_heldout_107"
HELDOUT_108 = Path(__file__).resolve().parent / "corpus_heldout_108"
HELDOUT_109 = Path(__file__).resolve().parent / "corpus_heldout_109"
HELDOUT_110 = Path(__file__).resolve().parent / "corpus_heldout_110"
HELDOUT_111 = Path(__file__).resolve().parent / "corpus_heldout_111"
HELDOUT_112 = Path(__file__).resolve().parent / "corpus_heldout_112"
HELDOUT_113 = Path(__file__).resolve().parent / "corpus_heldout_113"
HELDOUT_114 = Path(__file__).resolve().parent / "corpus_heldout_114"
HELDOUT_115 = Path(__file__).resolve().parent / "corpus_heldout_115"
HELDOUT_116 = Path(__file__).resolve().parent / "corpus_heldout_116"
HELDOUT_117 = Path(__file__).resolve().parent / "corpus_heldout_117"
HELDOUT_118 = Path(__file__).resolve().parent / "corpus_heldout_118"
HELDOUT_119 = Path(__file__).resolve().parent / "corpus_heldout_119"
HELDOUT_120 = Path(__file__).resolve().parent / "corpus_heldout_120"
HELDOUT_121 = Path(__file__).resolve().parent / "corpus_heldout_121"
HELDOUT_122 = Path(__file__).resolve().parent / "corpus_heldout_122"
HELDOUT_123 = Path(__file__).resolve().parent / "corpus_heldout_123"
HELDOUT_124 = Path(__file__).resolve().parent / "corpus_heldout_124"
HELDOUT_125 = Path(__file__).resolve().parent / "corpus_heldout_125"
HELDOUT_126 = Path(__file__).resolve().parent / "corpus_heldout_126"
HELDOUT_127 = Path(__file__).resolve().parent / "corpus_heldout_127"
HELDOUT_128 = Path(__file__).resolve().parent / "corpus_heldout_128"
HELDOUT_129 = Path(__file__).resolve().parent / "corpus_heldout_129"
HELDOUT_130 = Path(__file__).resolve().parent / "corpus_heldout_130"
HELDOUT_131 = Path(__file__).resolve().parent / "corpus_heldout_131"
HELDOUT_132 = Path(__file__).resolve().parent / "corpus_heldout_132"
HELDOUT_133 = Path(__file__).resolve().parent / "corpus_heldout_133"
HELDOUT_134 = Path(__file__).resolve().parent / "corpus_heldout_134"
HELDOUT_135 = Path(__file__).resolve().parent / "corpus_heldout_135"
HELDOUT_136 = Path(__file__).resolve().parent / "corpus_heldout_136"
HELDOUT_137 = Path(__file__).resolve().parent / "corpus_heldout_137"
HELDOUT_138 = Path(__file__).resolve().parent / "corpus_heldout_138"
HELDOUT_139 = Path(__file__).resolve().parent / "corpus_heldout_139"
HELDOUT_140 = Path(__file__).resolve().parent / "corpus_heldout_140"
HELDOUT_141 = Path(__file__).resolve().parent / "corpus_heldout_141"
HELDOUT_142 = Path(__file__).resolve().parent / "corpus_heldout_142"
HELDOUT_143 = Path(__file__).resolve().parent / "corpus_heldout_143"
HELDOUT_144 = Path(__file__).resolve().parent / "corpus_heldout_144"
HELDOUT_145 = Path(__file__).resolve().parent / "corpus_heldout_145"
HELDOUT_146 = Path(__file__).resolve().parent / "corpus_heldout_146"
HELDOUT_147 = Path(__file__).resolve().parent / "corpus_heldout_147"
HELDOUT_148 = Path(__file__).resolve().parent / "corpus_heldout_148"
HELDOUT_149 = Path(__file__).resolve().parent / "corpus_heldout_149"
HELDOUT_150 = Path(__file__).resolve().parent / "corpus_heldout_150"
HELDOUT_151 = Path(__file__).resolve().parent / "corpus_heldout_151"
HELDOUT_152 = Path(__file__).resolve().parent / "corpus_heldout_152"
HELDOUT_153 = Path(__file__).resolve().parent / "corpus_heldout_153"
HELDOUT_154 = Path(__file__).resolve().parent / "corpus_heldout_154"
HELDOUT_155 = Path(__file__).resolve().parent / "corpus_heldout_155"
HELDOUT_156 = Path(__file__).resolve().parent / "corpus_heldout_156"
HELDOUT_157 = Path(__file__).resolve().parent / "corpus_heldout_157"
HELDOUT_158 = Path(__file__).resolve().parent / "corpus_heldout_158"
HELDOUT_159 = Path(__file__).resolve().parent / "corpus_heldout_159"
HELDOUT_160 = Path(__file__).resolve().parent / "corpus_heldout_160"
HELDOUT_161 = Path(__file__).resolve().parent / "corpus_heldout_161"
HELDOUT_162 = Path(__file__).resolve().parent / "corpus_heldout_162"
HELDOUT_163 = Path(__file__).resolve().parent / "corpus_heldout_163"
HELDOUT_164 = Path(__file__).resolve().parent / "corpus_heldout_164"
HELDOUT_165 = Path(__file__).resolve().parent / "corpus_heldout_165"
HELDOUT_166 = Path(__file__).resolve().parent / "corpus_heldout_166"
HELDOUT_167 = Path(__file__).resolve().parent / "corpus_heldout_167"
HELDOUT_168 = Path(__file__).resolve().parent / "corpus_heldout_168"
HELDOUT_169 = Path(__file__).resolve().parent / "corpus_heldout_169"
HELDOUT_170 = Path(__file__).resolve().parent / "corpus_heldout_170"
HELDOUT_171 = Path(__file__).resolve().parent / "corpus_heldout_171"
HELDOUT_172 = Path(__file__).resolve().parent / "corpus_heldout_172"
HELDOUT_173 = Path(__file__).resolve().parent / "corpus_heldout_173"
HELDOUT_174 = Path(__file__).resolve().parent / "corpus_heldout_174"
HELDOUT_175 = Path(__file__).resolve().parent / "corpus_heldout_175"
HELDOUT_176 = Path(__file__).resolve().parent / "corpus_heldout_176"
HELDOUT_177 = Path(__file__).resolve().parent / "corpus_heldout_177"
HELDOUT_178 = Path(__file__).resolve().parent / "corpus_heldout_178"
HELDOUT_179 = Path(__file__).resolve().parent / "corpus_heldout_179"
HELDOUT_180 = Path(__file__).resolve().parent / "corpus_heldout_180"
HELDOUT_181 = Path(__file__).resolve().parent / "corpus_heldout_181"
HELDOUT_182 = Path(__file__).resolve().parent / "corpus_heldout_182"
HELDOUT_183 = Path(__file__).resolve().parent / "corpus_heldout_183"
HELDOUT_184 = Path(__file__).resolve().parent / "corpus_heldout_184"
HELDOUT_185 = Path(__file__).resolve().parent / "corpus_heldout_185"
HELDOUT_186 = Path(__file__).resolve().parent / "corpus_heldout_186"
HELDOUT_187 = Path(__file__).resolve().parent / "corpus_heldout_187"
HELDOUT_188 = Path(__file__).resolve().parent / "corpus_heldout_188"
HELDOUT_189 = Path(__file__).resolve().parent / "corpus_heldout_189"
HELDOUT_190 = Path(__file__).resolve().parent / "corpus_heldout_190"
HELDOUT_191 = Path(__file__).resolve().parent / "corpus_heldout_191"
HELDOUT_192 = Path(__file__).resolve().parent / "corpus_heldout_192"
HELDOUT_193 = Path(__file__).resolve().parent / "corpus_heldout_193"
HELDOUT_194 = Path(__file__).resolve().parent / "corpus_heldout_194"
HELDOUT_195 = Path(__file__).resolve().parent / "corpus_heldout_195"
HELDOUT_196 = Path(__file__).resolve().parent / "corpus_heldout_196"
HELDOUT_197 = Path(__file__).resolve().parent / "corpus_heldout_197"
HELDOUT_198 = Path(__file__).resolve().parent / "corpus_heldout_198"
HELDOUT_199 = Path(__file__).resolve().parent / "corpus_heldout_199"
HELDOUT_200 = Path(__file__).resolve().parent / "corpus_heldout_200"
HELDOUT_201 = Path(__file__).resolve().parent / "corpus_heldout_201"
HELDOUT_202 = Path(__file__).resolve().parent / "corpus_heldout_202"
HELDOUT_203 = Path(__file__).resolve().parent / "corpus_heldout_203"
HELDOUT_204 = Path(__file__).resolve().parent / "corpus_heldout_204"
HELDOUT_205 = Path(__file__).resolve().parent / "corpus_heldout_205"
HELDOUT_206 = Path(__file__).resolve().parent / "corpus_heldout_206"
HELDOUT_207 = Path(__file__).resolve().parent / "corpus_heldout_207"
HELDOUT_208 = Path(__file__).resolve().parent / "corpus_heldout_208"
HELDOUT_209 = Path(__file__).resolve().parent / "corpus_heldout_209"
HELDOUT_210 = Path(__file__).resolve().parent / "corpus_heldout_210"
HELDOUT_211 = Path(__file__).resolve().parent / "corpus_heldout_211"
HELDOUT_212 = Path(__file__).resolve().parent / "corpus_heldout_212"
HELDOUT_213 = Path(__file__).resolve().parent / "corpus_heldout_213"
HELDOUT_214 = Path(__file__).resolve().parent / "corpus_heldout_214"
HELDOUT_215 = Path(__file__).resolve().parent / "corpus_heldout_215"
HELDOUT_216 = Path(__file__).resolve().parent / "corpus_heldout_216"
HELDOUT_217 = Path(__file__).resolve().parent / "corpus_heldout_217"
HELDOUT_218 = Path(__file__).resolve().parent / "corpus_heldout_218"
HELDOUT_219 = Path(__file__).resolve().parent / "corpus_heldout_219"
HELDOUT_220 = Path(__file__).resolve().parent / "corpus_heldout_220"
HELDOUT_221 = Path(__file__).resolve().parent / "corpus_heldout_221"
HELDOUT_222 = Path(__file__).resolve().parent / "corpus_heldout_222"
WRITTEN_BLIND = [BLIND, HELDOUT, FRESH, DEV_A, DEV_B, DEV_C, DEV_D, DEV_E, HELDOUT_2, DEV_F, DEV_G, DEV_H, DEV_I, DEV_J,
                 DEV_K, DEV_L, DEV_M, DEV_N, DEV_O, HELDOUT_3, HELDOUT_4, HELDOUT_5,
                 HELDOUT_6, DEV_P, DEV_Q, DEV_R, HELDOUT_7, HELDOUT_8, DEV_S, DEV_T, DEV_U, HELDOUT_10, HELDOUT_11,
                 DEV_V, DEV_W, DEV_X, DEV_Y, HELDOUT_12, HELDOUT_13, HELDOUT_14, HELDOUT_15, HELDOUT_16,
                 HELDOUT_17, HELDOUT_18, HELDOUT_19, HELDOUT_20, HELDOUT_21, HELDOUT_22, HELDOUT_23, HELDOUT_24,
                 HELDOUT_25, HELDOUT_26, HELDOUT_27, HELDOUT_28, HELDOUT_29, HELDOUT_30,
                 HELDOUT_31, HELDOUT_32, HELDOUT_33, HELDOUT_34, HELDOUT_35, HELDOUT_36, HELDOUT_37, HELDOUT_38,
                 HELDOUT_39, HELDOUT_40, HELDOUT_41, HELDOUT_42, HELDOUT_43, HELDOUT_44, HELDOUT_45,
                 HELDOUT_46, HELDOUT_47, HELDOUT_48, HELDOUT_49, HELDOUT_50, HELDOUT_51,
                 HELDOUT_52, HELDOUT_53, HELDOUT_54, HELDOUT_55, HELDOUT_56, HELDOUT_57,
                 HELDOUT_58, HELDOUT_59, HELDOUT_60, HELDOUT_61, HELDOUT_62, HELDOUT_63, HELDOUT_64, HELDOUT_65,
                 HELDOUT_66, HELDOUT_67, HELDOUT_68, HELDOUT_69, HELDOUT_70, HELDOUT_71, HELDOUT_72, HELDOUT_73,
                 HELDOUT_74, HELDOUT_75, HELDOUT_76, HELDOUT_77, HELDOUT_78, HELDOUT_79,
                 HELDOUT_80, HELDOUT_81, HELDOUT_82, HELDOUT_83, HELDOUT_84, HELDOUT_85, HELDOUT_86,
                 HELDOUT_87, HELDOUT_88, HELDOUT_89, HELDOUT_90, HELDOUT_91, HELDOUT_92, HELDOUT_93, HELDOUT_94,
                 HELDOUT_95, HELDOUT_96, HELDOUT_97, HELDOUT_98, HELDOUT_99, HELDOUT_100, HELDOUT_101, HELDOUT_102,
                 HELDOUT_103, HELDOUT_104, HELDOUT_105, HELDOUT_106, HELDOUT_107, HELDOUT_108, HELDOUT_109,
                 HELDOUT_110, HELDOUT_111, HELDOUT_112, HELDOUT_113, HELDOUT_114, HELDOUT_115, HELDOUT_116,
                 HELDOUT_117, HELDOUT_118, HELDOUT_119, HELDOUT_120, HELDOUT_121, HELDOUT_122,
                 HELDOUT_123, HELDOUT_124, HELDOUT_125, HELDOUT_126, HELDOUT_127, HELDOUT_128, HELDOUT_129,
                 HELDOUT_130, HELDOUT_131, HELDOUT_132, HELDOUT_133, HELDOUT_134, HELDOUT_135, HELDOUT_136,
                 HELDOUT_137, HELDOUT_138, HELDOUT_139, HELDOUT_140, HELDOUT_141, HELDOUT_142, HELDOUT_143,
                 HELDOUT_144, HELDOUT_145, HELDOUT_146, HELDOUT_147, HELDOUT_148, HELDOUT_149, HELDOUT_150,
                 HELDOUT_151, HELDOUT_152, HELDOUT_153, HELDOUT_154, HELDOUT_155, HELDOUT_156, HELDOUT_157,
                 HELDOUT_158, HELDOUT_159, HELDOUT_160, HELDOUT_161, HELDOUT_162, HELDOUT_163, HELDOUT_164,
                 HELDOUT_165, HELDOUT_166, HELDOUT_167, HELDOUT_168, HELDOUT_169, HELDOUT_170, HELDOUT_171,
                 HELDOUT_172, HELDOUT_173, HELDOUT_174, HELDOUT_175, HELDOUT_176, HELDOUT_177, HELDOUT_178,
                 HELDOUT_179, HELDOUT_180, HELDOUT_181, HELDOUT_182,
                 HELDOUT_183, HELDOUT_184, HELDOUT_185, HELDOUT_186,
                 HELDOUT_187, HELDOUT_188, HELDOUT_189, HELDOUT_190,
                 HELDOUT_191, HELDOUT_192, HELDOUT_193, HELDOUT_194,
                 HELDOUT_195, HELDOUT_196, HELDOUT_197, HELDOUT_198,
                 HELDOUT_199, HELDOUT_200, HELDOUT_201, HELDOUT_202,
                 HELDOUT_203, HELDOUT_204, HELDOUT_205, HELDOUT_206, HELDOUT_207, HELDOUT_208, HELDOUT_209,
                 HELDOUT_210, HELDOUT_211, HELDOUT_212, HELDOUT_213, HELDOUT_214, HELDOUT_215, HELDOUT_216,
                 HELDOUT_217, HELDOUT_218, HELDOUT_219, HELDOUT_220, HELDOUT_221, HELDOUT_222]
OWN = Path(__file__).resolve().parent / "corpus"
RECALL_TARGET = 0.97
FPR_TARGET = 0.01


@pytest.mark.parametrize("corpus", WRITTEN_BLIND, ids=lambda p: p.name)
def test_blind_corpus_is_large_enough_and_labelled_with_known_types(corpus: Path) -> None:
    labels = load_labels(corpus)
    assert len(labels) >= 120
    positives = [label for label in labels.values() if label.confidential]
    assert 0.3 <= len(positives) / len(labels) <= 0.7
    assert all(set(label.types) <= set(FINDING_TYPES) and label.types for label in positives)
    # Only the headers are asked about, so only the headers are parsed (a full parse of every body of
    # every corpus cost a minute of the suite).
    headers = BytesHeaderParser(policy=email_policy.default)
    for name in labels:
        with (corpus / name).open("rb") as file:
            message = headers.parse(file)
        assert message["From"] and message["Subject"] is not None, name


@pytest.mark.parametrize("corpus", WRITTEN_BLIND, ids=lambda p: p.name)
def test_blind_generator_reads_nothing_outside_the_repository(corpus: Path) -> None:
    """A generator that opens a path of the machine it was written on (the writers' scratch folder)
    regenerates there and nowhere else: the shared NAM list is read beside the corpora only."""
    for module in corpus.rglob("*.py"):
        code = module.read_text(encoding="utf-8")
        assert not re.search(r"""['"]/(work|tmp|root|home)/""", code), module.name


DIGESTS = Path(__file__).resolve().parent / "corpus_digests.txt"


def corpus_digest(corpus: Path) -> str:
    """sha256 over the corpus's messages and labels: each relative path, NUL, its bytes, NUL, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted([*corpus.glob("*/*.eml"), corpus / "labels.json"], key=lambda p: p.relative_to(corpus)):
        digest.update(str(path.relative_to(corpus)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _recorded_digests() -> dict[str, str]:
    pairs = (line.split() for line in DIGESTS.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")
    return {name: digest for name, digest in pairs}


@pytest.mark.parametrize("corpus", WRITTEN_BLIND, ids=lambda p: p.name)
def test_blind_corpus_is_the_one_its_generator_wrote(corpus: Path) -> None:
    """Every corpus's files are the ones recorded in ``corpus_digests.txt`` when its generator's output was
    committed (and regenerated byte for byte, below): no message or label edited by hand since."""
    assert _recorded_digests().get(corpus.name) == corpus_digest(corpus)


# Regenerating a corpus costs about 3 CPU seconds, and there are over two hundred: a third of them, always the
# same by name, regenerate in every run (a change of Python's email package shows there as well as anywhere); the
# others were regenerated when they were committed, and their files are held to their digests above.
REGENERATED = [corpus for corpus in WRITTEN_BLIND if zlib.crc32(corpus.name.encode()) % 3 == 0]


@pytest.mark.parametrize("corpus", REGENERATED, ids=lambda p: p.name)
def test_blind_generator_is_deterministic(corpus: Path, tmp_path: Path) -> None:
    """A fresh run of the generator (in a copy of its folder, since it writes beside itself) gives
    the committed files, byte for byte, and passes its own checks (identifiers validate, every
    message parses)."""
    # The copy keeps the layout it reads its shared NAM list from (tests/blind_nams.txt, beside the corpora).
    shutil.copy(corpus.parent / "blind_nams.txt", tmp_path / "blind_nams.txt")
    tmp_path = tmp_path / corpus.name
    tmp_path.mkdir()
    # generate.py, and the modules (or the package) some writers split it into
    for module in corpus.rglob("*.py"):
        copy = tmp_path / module.relative_to(corpus)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(module, copy)
    result = subprocess.run([sys.executable, str(tmp_path / "generate.py")], capture_output=True, text=True,
                            timeout=240, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    committed = sorted(p.relative_to(corpus) for p in corpus.glob("*/*.eml"))
    assert committed == sorted(p.relative_to(tmp_path) for p in tmp_path.glob("*/*.eml"))
    for name in [*committed, Path("labels.json")]:
        assert (tmp_path / name).read_bytes() == (corpus / name).read_bytes(), name


@pytest.mark.slow
@pytest.mark.parametrize("corpus", [BLIND, FRESH, DEV_A, DEV_B, DEV_C, DEV_D, DEV_E, DEV_F, DEV_G, DEV_H, DEV_I,
                                    DEV_J, DEV_K, DEV_L, DEV_M, DEV_N, DEV_O, HELDOUT_5, DEV_Q, DEV_R, DEV_S, DEV_T,
                                    DEV_U, DEV_V, DEV_W, DEV_X, DEV_Y, HELDOUT_11, HELDOUT_12, HELDOUT_13, HELDOUT_14,
                                    HELDOUT_16, HELDOUT_21, HELDOUT_22, HELDOUT_23, HELDOUT_24, HELDOUT_26,
                                    HELDOUT_29, HELDOUT_30, HELDOUT_41, HELDOUT_42, HELDOUT_43,
                                    HELDOUT_46, HELDOUT_47, HELDOUT_54, HELDOUT_55, HELDOUT_64, HELDOUT_70,
                                    HELDOUT_74, HELDOUT_76, HELDOUT_78, HELDOUT_80, HELDOUT_82, HELDOUT_101,
                                    HELDOUT_103, HELDOUT_105, HELDOUT_109, HELDOUT_111, HELDOUT_113, HELDOUT_115,
                                    HELDOUT_117, HELDOUT_119, HELDOUT_127, HELDOUT_129, HELDOUT_131, HELDOUT_133,
                                    HELDOUT_135, HELDOUT_137, HELDOUT_139, HELDOUT_141, HELDOUT_143, HELDOUT_145,
                                    HELDOUT_147, HELDOUT_149, HELDOUT_151, HELDOUT_153, HELDOUT_157,
                                    HELDOUT_161, HELDOUT_163, HELDOUT_165, HELDOUT_167, HELDOUT_171, HELDOUT_173,
                                    HELDOUT_175, HELDOUT_179, HELDOUT_183, HELDOUT_185,
                                    HELDOUT_187, HELDOUT_189, HELDOUT_191, HELDOUT_193, HELDOUT_195,
                                    HELDOUT_199, HELDOUT_201, HELDOUT_203, HELDOUT_205, HELDOUT_207, HELDOUT_209,
                                    HELDOUT_211, HELDOUT_213, HELDOUT_215, HELDOUT_217, HELDOUT_221],
                         ids=lambda p: p.name)
def test_classifier_meets_targets_on_the_blind_corpora_read_for_causes(corpus: Path) -> None:
    """The blind corpora whose misses were read (issue #10: measure, then fix causes) keep the targets:
    a regression guard. The held-out corpus is not asserted here: it is only measured."""
    from sentinelle.classifiers.evaluate import classifier_inspector, default_config

    # The classifier loaded once for the run (test_corpus.py asserts default_config() is the shipped
    # policy's [classifiers] section): loading it per corpus cost more than half a second each.
    report = evaluate(corpus, classifier_inspector(shipped_classifier()), default_config().scoring.min_confidence,
                      labels=load_labels(corpus))
    summary = format_report(report)
    assert report.errors == 0, summary
    assert report.recall is not None and report.recall >= RECALL_TARGET, summary
    assert report.false_positive_rate is not None and report.false_positive_rate <= FPR_TARGET, summary


def test_evaluate_reports_several_corpora(capsys: pytest.CaptureFixture[str]) -> None:
    from sentinelle.proxy.cli import main

    assert main(["evaluate", str(OWN), str(BLIND), "--json"]) == 0
    import json

    document = json.loads(capsys.readouterr().out)
    assert set(document) == {str(OWN), str(BLIND)}
    assert all("recall" in json.dumps(report) for report in document.values())
