"""Confidential messages, English, part 2."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf, make_vcard, make_zip
from gen_build import att_docx, att_eml, att_pdf, att_text, att_zip, fname_safe, he_she, nm
from gen_clin import ALLERG_EN, HOME_MEDS, MEDS, PROC, S, dx_of, labs_en
from gen_common import (EXTERNAL, MONTHS, ORG_EN, SITE_ON, STAFF, fmt_date, fmt_day, fmt_mrn, fmt_nam, fmt_niss,
                        fmt_nir, fmt_ohn, fmt_sin, sig)
from gen_mime import FWD, L, P, PRE, Q, SIG, T
from gen_pos_en import (SURG_ON, clock, dob_en, en_cast_room, en_discharge, en_forward, en_fracture_booking, en_labs,
                        en_pharmacy, en_physio, en_preop_class, en_quicknote, en_recall_list, en_referral,
                        en_transport, en_waitlist, en_wsib, hc, later, mrn_style)

ST = STAFF
EX = EXTERNAL


# ---------------------------------------------------------------------------------------------- 15 home care / social
def en_social(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 65, 94)
    code = ctx.pick(['PTH', 'PTG'])
    s_, h_ = he_she(p)
    sit = ctx.pick([f'Lives alone in a second-floor walk-up; income is OAS/GIS only and {s_} has been skipping '
                    f'meals to afford medications. No family nearby.',
                    f'Primary caregiver for a spouse with advanced Parkinson\'s; caregiver burnout documented. '
                    f'Spouse will need respite placement during recovery.',
                    f'Disclosed ongoing verbal and financial abuse by an adult son who lives in the home. Safety '
                    f'plan discussed; elder abuse resources provided. {s_.capitalize()} does not want police involved.'])
    blocks = [P('Hello,'),
              P(f'Referral for home care on discharge: {nm(p, "sur_first", "en")}, {p.age(dt.date())} y, '
                f'{p.address("en")}, home phone {p.phone}, HCN {hc(p, ctx)}.'),
              P(f'Surgery: {PROC[code][1]} on {(dt.date() - datetime.timedelta(days=2)).isoformat()}. Expected '
                f'discharge in 24-48 h with walker.'),
              P('Social situation: ' + sit),
              P('Requested: PSW bathing 2x/week, OT home safety visit, nursing for staple removal POD14.'),
              SIG(sig(ST['labrecque'], 'en'))]
    return S('social_work', 'en', 'home care referral with social situation', ST['labrecque'], [EX['hcc']],
             'Home care referral - ortho discharge', dt, blocks, ['patient_contact', 'diagnosis', 'social_information'],
             ids=[('ca_health_number', p.ohn)], patients=[p])


# ---------------------------------------------------------------------------------------------- 16 CAS report
def en_cas(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 0, 4)
    inj = ctx.pick(['spiral fracture of the right femur', 'classic metaphyseal lesion, left distal tibia',
                    'healing posterior rib fractures (3) on skeletal survey', 'transverse fracture of the left humerus'])
    blocks = [P('Further to my phone call to the intake line this afternoon:'),
              PRE(f'Child: {nm(p, "full", "en")}\nDOB: {p.dob.isoformat()}\nMRN: {p.mrn}\nHCN: {hc(p, ctx)}\n'
                  f'Home address: {p.address("en")}'),
              P(f'Findings: {inj}. History given ({ctx.pick(["rolled off the change table", "leg caught in crib rails", "fell from a couch"])}) '
                f'is not consistent with the injury pattern per {ST["fraser"].dr("en")}. Delay in presentation of '
                f'about 48 h. Mother\'s partner was reportedly alone with the child. Skeletal survey and ophthalmology '
                f'exam completed.'),
              P('The child will remain admitted on the paediatric unit pending your safety assessment.'),
              SIG(sig(ST['labrecque'], 'en'))]
    return S('child_protection', 'en', 'child protection report for a suspicious paediatric fracture',
             ST['labrecque'], [EX['cas']], 'Follow-up to report - paediatric ortho', dt, blocks,
             ['date_of_birth', 'patient_contact', 'diagnosis', 'social_information'],
             ids=[('mrn', p.mrn), ('ca_health_number', p.ohn)], patients=[p], importance=True, cc=[ST['fraser']])


# ---------------------------------------------------------------------------------------------- 17 ICS
def en_ics(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 40, 85)
    code = ctx.pick(['PTG', 'PTH'])
    day = later(dt, 10, 40, ctx)
    start = datetime.datetime(day.year, day.month, day.day, ctx.pick([9, 10, 13, 14]), ctx.pick([0, 30]))
    who = nm(p, ctx.pick(['full', 'sur_first', 'init']), 'en')
    ics = make_ics(f'preop-{p.mrn}-{day.strftime("%Y%m%d")}@deuxrives.example', start, 60,
                   f'Pre-op clinic: {who} ({PROC[code][2]})',
                   f'MRN {p.mrn}. Pre-op assessment for {PROC[code][1]}. ECG, bloods, anaesthesia review '
                   f'({ctx.pick(["OSA on CPAP", "on apixaban", "BMI 39", "T2DM, A1c 7.9"])}).',
                   'Pre-Admission Clinic, Carleton Mills Site', (ST['rioux'].full, ST['rioux'].email),
                   [(ST['hebert'].full, ST['hebert'].email), (ST['gosselin'].full, ST['gosselin'].email)], stamp=dt)
    blocks = [P('Pre-admission clinic slot booked - see invite.'), P('Nadia')]
    return S('appointment', 'en', 'calendar invitation for a pre-admission clinic visit', ST['rioux'],
             [ST['hebert'], ST['gosselin']], f'Invitation: Pre-op clinic {day.isoformat()}', dt, blocks,
             ['diagnosis'], [att_text('text/calendar', 'meeting.ics', ics, 'utf-8',
                                      ctx.pick(['base64', '8bit', 'quoted-printable']), params=[('method', 'REQUEST')])],
             ids=[('mrn', p.mrn)], patients=[p])


# ---------------------------------------------------------------------------------------------- 18 vCard
def en_vcard(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 20, 80)
    dx = dx_of(ctx.rng, ['fx', 'soft'])
    vc = make_vcard(p.given, p.surname, tel=p.phone, tel_type='CELL', adr=(p.street, p.town, 'ON', p.postal, 'Canada'),
                    email=p.email, note=f'Fracture clinic pt - {dx[1]}. Prefers text messages.')
    blocks = [P('Tanya,'),
              P(f'Here is the contact card for {nm(p, "title", "en")} - the number in the chart is out of service. '
                f'Follow-up x-ray is overdue.'),
              P('Jenna')]
    return S('contact_update', 'en', 'patient contact card (vCard) for a fracture clinic follow-up', ST['harper'],
             [ST['kowalski']], 'updated contact', dt, blocks, ['patient_contact', 'diagnosis'],
             [att_text('text/vcard', f'{fname_safe(p.surname)}.vcf', vc, 'utf-8', 'base64')], patients=[p])


# ---------------------------------------------------------------------------------------------- 19 attached .eml
def en_attached_eml(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 20, 85)
    dx = dx_of(ctx.rng, ['fx', 'arthro', 'soft'])
    old = dt - datetime.timedelta(days=ctx.rng.randint(3, 15))
    physio = EX['physio_on']
    using = ctx.pick(['naproxen', 'Tylenol #3', 'a cane'])
    inner_blocks = [P('Hello,'),
                    P(f'Progress note for {nm(p, "full", "en")}, DOB {p.dob.isoformat()}: {dx[1]}, visit 6 of 8. '
                      f'ROM {ctx.rng.randint(70, 110)} deg, pain {ctx.rng.randint(2, 6)}/10, still using '
                      f'{using}. Recommend 4 more visits.'),
                    P(physio.full)]
    inner = B.inner_message(physio, [(ST['harper'].full, ST['harper'].email)], 'Progress note', old, inner_blocks,
                            ctx.pick(['us-ascii', 'utf-8']), ctx.pick(['7bit', 'quoted-printable']))
    blocks = [P(f'{ST["patel"].dr("en")} - physio progress note attached (original e-mail). Do you want to extend?'),
              P('Jenna'), SIG(sig(ST['harper'], 'en'))]
    return S('forward_attachment', 'en', 'physiotherapy progress note forwarded as an attached message', ST['harper'],
             [ST['patel']], 'FW: Progress note', dt, blocks,
             ['date_of_birth', 'diagnosis'] + ([] if using == 'a cane' else ['medication']),
             [att_eml('Progress note.eml', inner)], patients=[p])


# ---------------------------------------------------------------------------------------------- 20 ZIP (op note + consent)
def en_zip(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 45, 88)
    code = ctx.pick(['PTG', 'PTH'])
    surg = ctx.pick(SURG_ON)
    opdate = dt.date() - datetime.timedelta(days=ctx.rng.randint(1, 20))
    note = (f'OPERATIVE NOTE\nPatient: {p.surname.upper()}, {p.given}   MRN {p.mrn}\nDate: {opdate.isoformat()}\n'
            f'Procedure: {PROC[code][1]}, {ctx.pick(["left", "right"])}\nSurgeon: {surg.dr("en")}\n'
            f'Findings: severe OA, {ctx.pick(["large osteophytes", "bone loss posterior", "synovitis"])}.\n'
            f'Implants: {ctx.pick(["Kestrel Arc PS", "Ortheon Linea/Vista"])} (see implant log)\nEBL 300 mL. TXA given.\n')
    docx = make_docx('Post-operative orders', [f'Patient: {nm(p, "full", "en")} (MRN {p.mrn})',
                                               'Activity: WBAT with walker', 'VTE: ' + MEDS[0][1],
                                               'Analgesia: ' + MEDS[3][1] + '; ' + MEDS[4][1]], dt, surg.full)
    z = make_zip([(f'opnote_{p.mrn}.txt', note.encode('utf-8')), (f'postop_orders_{p.mrn}.docx', docx)], dt)
    blocks = [P('Hi Mélanie,'),
              P('Documents for the chart audit, zipped as requested.'),
              SIG(sig(surg, 'en'))]
    return S('chart_documents', 'en', 'zipped operative note and orders for a chart audit', surg, [ST['perreault']],
             'chart audit docs', dt, blocks, ['diagnosis', 'medication'], [att_zip(f'audit_{p.mrn}.zip', z)],
             ids=[('mrn', p.mrn)], patients=[p])


# ---------------------------------------------------------------------------------------------- 21 out-of-province (NAM)
def en_oop(ctx, B):
    dt = ctx.msg_date()
    p = ctx.holder(18, 90)
    dx = dx_of(ctx.rng, ['fx', 'soft', 'hip'])
    sex = 'F' if p.sex == 'F' else 'M'
    blocks = [P('Hello,'),
              P('Out-of-province (Quebec) patient seen at the Carleton Mills site - details for the reciprocal '
                'billing claim:'),
              T(['Field', 'Value'], [['Patient', nm(p, 'sur_first', 'en')], ['Sex', sex], ['DOB', p.dob.isoformat()],
                                     ['RAMQ', fmt_nam(p.nam, ctx.pick(['std', 'plain', 'dash', 'wide', 'dots']))],
                                     ['Home address', p.address()], ['Service date', dt.date().isoformat()],
                                     ['Diagnosis', dx[1]],
                                     ['Services', ctx.pick(['ED consult + closed reduction', 'fracture clinic visit + cast',
                                                            'admission, ORIF'])]]),
              P('The health card was photocopied at registration.'), SIG(sig(ST['perreault'], 'en'))]
    return S('billing_claim', 'en', 'out-of-province reciprocal billing details for a Quebec patient',
             ST['perreault'], [('Patient Accounts', 'patient.accounts@deuxrives.example')],
             'OOP claim - Quebec resident', dt, blocks, ['date_of_birth', 'patient_contact', 'diagnosis'],
             ids=[('ramq_nam', p.nam)], holders=[p], patients=[p])


# ---------------------------------------------------------------------------------------------- 22 name only in file name
def en_name_in_filename(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 18, 75)
    dx = dx_of(ctx.rng, ['fx', 'soft'])
    pdf = make_pdf('Functional Abilities Form - Section 3', [
        (None, [f'Assessment date: {dt.date().isoformat()}', f'Condition: {dx[1]}',
                'Abilities: sitting unlimited; standing 15 min; no lifting with affected limb; no ladders.',
                f'Expected duration of restrictions: {ctx.pick(["2-4 weeks", "4-6 weeks", "6+ weeks"])}'])],
        footer=ORG_EN)
    fn = ctx.pick([f'FAF_{p.surname}_{p.given}.pdf', f'{p.given} {p.surname} - FAF.pdf'])
    blocks = [P(ctx.pick(['Attached as requested.', 'FAF from today attached.', 'See attached']))]
    return S('functional_abilities', 'en', 'functional abilities form where the patient is named only in the file name',
             ST['kowalski'], [('HR - Disability Management', 'dm@northglen-logistics.example')],
             'FAF', dt, blocks, ['diagnosis'], [att_pdf(fn, pdf)], patients=[p])


# ---------------------------------------------------------------------------------------------- 23 name only in subject
def en_name_in_subject(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 50, 90)
    code = ctx.pick(['PTG', 'PTH'])
    subj = ctx.pick([f'{nm(p, "sur_first", "en")} - wound', f'RE: {nm(p, "title", "en")} POD2',
                     f'{p.surname} {PROC[code][2]} question'])
    var = ctx.rng.random() < 0.5
    txt = ('Wound clean and dry, Aquacel changed. Hgb 96 this am, asymptomatic. Pain controlled on hydromorphone '
           'PO. PT walked 30 m.') if var else \
        ('Small amount of serous drainage at the distal incision, no erythema. Afebrile. Continue dressing q2d and '
         'reassess. Dislocation precautions reinforced.')
    blocks = [P(txt), P('Isabelle'),
              Q(f'On {fmt_date((dt - datetime.timedelta(days=1)).date(), "en")}, {ST["okafor"].full} wrote:',
                [P('Could you send me an update on the dressing tomorrow?')])]
    return S('wound_check', 'en', 'post-op update where the patient is named only in the subject', ST['lemieux'],
             [ST['okafor']], subj, dt, blocks,
             ['diagnosis', 'lab_result', 'medication'] if var else ['diagnosis'], patients=[p], reply=True)


# ---------------------------------------------------------------------------------------------- 24 sign-out
def en_signout(ctx, B):
    dt = ctx.msg_date()
    rows, pats = [], []
    n = ctx.rng.randint(6, 9)
    rooms = sorted(ctx.rng.sample(range(301, 341), n))
    for i in range(n):
        p = ctx.patient('ON', 30, 95)
        dx = dx_of(ctx.rng, ['hip', 'fx', 'arthro'])
        plan = ctx.pick(['D/C home tmrw if PT clears', 'Hgb 78 - transfuse 1u', 'delirium, low-dose haldol PRN',
                         'awaiting LTC bed', 'NWB, OR tomorrow 0800, NPO MN', 'INR 3.1 hold warfarin',
                         'pain poorly controlled - APS consulted', 'POD1, up to chair', 'cellulitis, on cefazolin'])
        rows.append([str(rooms[i]), nm(p, ctx.pick(['sur_first', 'sur_init', 'lower_sur']), 'en'),
                     f'{p.age(dt.date())}{p.sex}', dx[1], plan])
        pats.append(p)
    plans = ' '.join(r[4] for r in rows)
    types = ['diagnosis']
    if any(w in plans for w in ('haldol', 'warfarin', 'cefazolin', 'transfuse')):
        types.append('medication')
    if any(w in plans for w in ('Hgb', 'INR')):
        types.append('lab_result')
    blocks = [P('Ortho sign-out, 3 West'), T(['Rm', 'Patient', 'Age/Sex', 'Dx', 'To do / watch'], rows),
              P(ctx.pick(['Quiet so far. Pager 4412.', 'ED has one more hip pending - will be yours.'])),
              P(ST['nguyen'].given)]
    return S('signout', 'en', 'orthopaedic ward sign-out list', ST['nguyen'],
             [('Ortho on call', 'ortho.oncall@deuxrives.example')], 'sign-out 3W', dt, blocks, types, patients=pats,
             force={'mode': ctx.pick(['plain', 'html', 'alt'])})


# ---------------------------------------------------------------------------------------------- 25 OR booking
def en_or_booking(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 45, 88)
    code = ctx.pick(['PTG', 'PTH', 'PUC', 'RPTH'])
    day = later(dt, 14, 45, ctx)
    surg = ctx.pick(SURG_ON)
    rows = [['Patient', nm(p, 'sur_first', 'en')], ['DOB', p.dob.isoformat()], ['HCN', hc(p, ctx)], ['MRN', p.mrn],
            ['Procedure', f'{PROC[code][1]} ({ctx.pick(["L", "R"])})'], ['Surgeon', surg.dr('en')],
            ['Date', day.isoformat()], ['Anaesthesia', ctx.pick(['spinal', 'GA', 'spinal + adductor canal block'])],
            ['Allergies', ctx.pick(ALLERG_EN)], ['Anticoagulant', ctx.pick(['warfarin - bridge per protocol', 'apixaban - hold 48 h', 'ASA 81 - continue'])],
            ['Equipment', ctx.pick(['Kestrel Arc tray', 'Ortheon Linea stem set', 'revision set + cell saver'])]]
    blocks = [P('Hello OR booking,'), P('Please book:'), T(None, rows), SIG(sig(ST['rioux'], 'en'))]
    return S('or_booking', 'en', 'operating room booking for arthroplasty', ST['rioux'],
             [('OR Booking', 'or.booking@deuxrives.example')], f'OR booking {PROC[code][2]} {day.isoformat()}', dt,
             blocks, ['date_of_birth', 'diagnosis', 'medication'],
             ids=[('ca_health_number', p.ohn), ('mrn', p.mrn)], patients=[p], cc=[surg])


# ---------------------------------------------------------------------------------------------- 26 visitor from Belgium / France
def en_foreign(ctx, B):
    dt = ctx.msg_date()
    kind = ctx.pick(['be', 'fr'])
    p = ctx.foreign(kind)
    dx = dx_of(ctx.rng, ['fx', 'soft'])
    if kind == 'be':
        idl, idv, idt = 'Belgian national number', fmt_niss(p.niss, ctx.pick(['std', 'plain', 'space', 'wide'])), ('be_niss', p.niss)
    else:
        idl, idv, idt = 'French social security no.', fmt_nir(p.nir, ctx.pick(['std', 'plain', 'dots'])), ('fr_nir', p.nir)
    blocks = [P('Dear case manager,'),
              P(f'Re your file for {nm(p, "full", "en")}, born {p.dob.isoformat()}, {idl} {idv}.'),
              P(f'Admitted via ED after a {ctx.pick(["cycling accident", "fall while hiking", "hockey collision"])}: '
                f'{dx[1]}. {ctx.pick(["ORIF performed, fit to fly in 10 days with escort.", "Treated in cast, fit to fly now, aisle seat.", "Surgery tomorrow; estimate to follow."])}'),
              P(f'Home address on file: {p.street}, {p.postal} {p.town}. Local cell while in Canada: {p.phone}.'),
              SIG(sig(ST['perreault'], 'en'))]
    return S('travel_insurance', 'en', 'medical update to a travel assistance company for a foreign visitor',
             ST['perreault'], [EX['insurer']], 'Your file - fracture - medical update', dt, blocks,
             ['date_of_birth', 'patient_contact', 'diagnosis'], ids=[idt], patients=[p])


# ---------------------------------------------------------------------------------------------- 27 MRN only
def en_mrn_only(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 55, 95)
    hb, labs = labs_en(ctx.rng)
    ms = mrn_style(ctx)
    txt = ctx.pick([f'MRN {fmt_mrn(p.mrn, ms)} bed 3{ctx.rng.randint(10, 40)}: Hgb {hb - 22} post hip nail, HR 112. '
                    f'On apixaban 2.5 BID. Crossmatched 2 units. OK to give?',
                    f'chart {fmt_mrn(p.mrn, ms)} - INR 4.2 on warfarin, POD3 TKA, oozing wound. Hold dose tonight + vit K?'])
    return S('lab_followup', 'en', 'lab result question identified by chart number only', ST['lemieux'],
             [ST['nguyen']], ctx.pick(['urgent - labs', 'INR', 'bed 3']), dt, [P(txt)],
             ['lab_result', 'diagnosis', 'medication'], ids=[('mrn', p.mrn)], force={'mode': 'plain'})


# ---------------------------------------------------------------------------------------------- 28 ODSP / Ontario Works form
def en_income(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 25, 62)
    dx = dx_of(ctx.rng, ['fx', 'soft', 'arthro'])
    ss = ctx.pick(['std', 'plain', 'dash', 'wide', 'odd'])
    pdf = make_pdf('Employment Supports - Medical Information (simulated)', [
        ('Applicant', [f'Name: {nm(p, "full", "en")}', f'DOB: {p.dob.isoformat()}', f'SIN: {fmt_sin(p.sin, ss)}',
                       f'Address: {p.address("en")}']),
        ('Medical', [f'Condition: {dx[1]}', f'Restrictions: no standing > 20 min, no lifting > 5 kg, '
                                            f'{ctx.pick(["3 months", "6 months", "indefinite pending surgery"])}',
                     'Applicant currently receives Ontario Works; application for ODSP in progress.'])])
    blocks = [P('Hello,'),
              P(f'As requested by your client, attached is the medical information form completed by '
                f'{ST["okafor"].dr("en")}.'),
              SIG(sig(ST['labrecque'], 'en'))]
    return S('income_support_form', 'en', 'medical form for an income-support application', ST['labrecque'],
             [('Caseworker', 'caseworker.east@socialservices-on.example')], 'Medical form for your client', dt,
             blocks, ['date_of_birth', 'patient_contact', 'diagnosis', 'social_information'],
             [att_pdf(f'medical_form_{dt.strftime("%Y%m%d")}.pdf', pdf)], ids=[('ca_sin', p.sin)], patients=[p])


# ---------------------------------------------------------------------------------------------- 29 consult reply
def en_consult_reply(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('ON', 18, 80)
    dx = dx_of(ctx.rng, ['soft', 'fx', 'arthro'])
    fp = ctx.pick([EX['fp_on'], EX['fp_on2']])
    surg = ctx.pick([ST['patel'], ST['okafor'], ST['dionne']])
    old = dt - datetime.timedelta(days=ctx.rng.randint(20, 80))
    blocks = [P(f'Dear {fp.dr("en")},'),
              P(f'I saw {nm(p, "title_full", "en")} (DOB {dob_en(ctx, p)}) today. Impression: {dx[1]}. '
                f'{ctx.pick(["MRI ordered.", "Added to the surgical wait list.", "Non-operative management, physio."])} '
                f'I started {ctx.pick(MEDS[3:9])[1]}.'),
              P('Sincerely,\n' + surg.dr('en')),
              Q(f'On {fmt_date(old.date(), "en")}, {fp.dr("en")} wrote:',
                [P(f'Please assess for {ctx.pick(["knee", "hip", "ankle", "wrist"])} pain, x-ray attached.')])]
    return S('consult_reply', 'en', 'consultation reply with quoted referral', surg, [fp], 'RE: Referral', dt,
             blocks, ['date_of_birth', 'diagnosis', 'medication'], patients=[p], reply=True)


# ---------------------------------------------------------------------------------------------- 30 transfer to Quebec (NAM)
def en_transfer(ctx, B):
    dt = ctx.msg_date()
    p = ctx.holder(40, 95)
    dx = dx_of(ctx.rng, ['hip'])
    sex = 'F' if p.sex == 'F' else 'M'
    blocks = [P('Bonjour / Hello,'),
              P('Request for repatriation to your facility (patient resides in Quebec):'),
              PRE(f'{p.surname.upper()}, {p.given}   Sex: {sex}   DOB: {p.dob.isoformat()}\n'
                  f'RAMQ: {fmt_nam(p.nam, "std")}\nMRN (ours): {p.mrn}\nDx: {dx[1]}, '
                  f'{ctx.pick(["fixed on POD0", "non-operative", "post-op day 3"])}\n'
                  f'Meds: {ctx.pick(MEDS[:3])[1]}; {ctx.pick(HOME_MEDS)[1]}'),
              P('Stable for transfer by ambulance. Bed-to-bed report available at ext. 4410.'),
              SIG(sig(ST['nguyen'], 'en'))]
    return S('transfer_request', 'en', 'inter-hospital repatriation request for a Quebec resident', ST['nguyen'],
             [('Coordination des lits', 'lits@csss-outardes.example')], 'Repatriation request / demande de rapatriement',
             dt, blocks, ['date_of_birth', 'diagnosis', 'medication'], ids=[('ramq_nam', p.nam), ('mrn', p.mrn)],
             holders=[p], patients=[p])


TEMPLATES = [
    (en_referral, 3), (en_fracture_booking, 2), (en_cast_room, 2), (en_wsib, 3), (en_preop_class, 2),
    (en_waitlist, 2), (en_physio, 2), (en_recall_list, 2), (en_discharge, 2), (en_pharmacy, 2), (en_transport, 2),
    (en_labs, 2), (en_quicknote, 2), (en_forward, 2), (en_social, 2), (en_cas, 2), (en_ics, 2), (en_vcard, 2),
    (en_attached_eml, 2), (en_zip, 2), (en_oop, 2), (en_name_in_filename, 1), (en_name_in_subject, 2),
    (en_signout, 2), (en_or_booking, 2), (en_foreign, 2), (en_mrn_only, 2), (en_income, 2), (en_consult_reply, 2),
    (en_transfer, 1),
]
