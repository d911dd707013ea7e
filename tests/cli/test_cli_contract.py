_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

C_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

9_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

;_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

C_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

M_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

;_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

;_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

;_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

;_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

C_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

C_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

9_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

;_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

X_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

C_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

>_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

G_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

X_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

C_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

|_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

G_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

q_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

>_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

G_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

@_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

;_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

F_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

>_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

>_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

F_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

5_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

*_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

+_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

+_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

F_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

>_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

B_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

U_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

'_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

'_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

G_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

J_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

J_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

C_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

K_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

W_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

V_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

C_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

V_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

'_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

K_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

\_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

'_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

'_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

\_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

;_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

B_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

U_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

K_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

W_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

V_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

K_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

W_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

V_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

B_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

U_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

B_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

U_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

G_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

<_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

B_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

U_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

G_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

G_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

<_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

G_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

C_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

G_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

@_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

q_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

G_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

@_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

B_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

U_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

q_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

*_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

8_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

@_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

'_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

q_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

*_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

*_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

*_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

@_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

q_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

I_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

L_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

*_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

E_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

'_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

P_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

;_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

T_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

>_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

'_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

'_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

D_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

C_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

\_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

+_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

1_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

>_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

^_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

\_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

|_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

A_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

Z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

+_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

\_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

|_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

^_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

|_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

*_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

\_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

|_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

*_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

\_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

|_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

\_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

*_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

$_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

M_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

J_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

U_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

5_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

3_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

v_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

2_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

5_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

@_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

z_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

J_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

U_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

q_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

*_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

J_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

O_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

R_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

U_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

N_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

S_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

<_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

<_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

:_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

q_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

q_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

0_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

x_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

j_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

`_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

-_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

<_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

<_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

{_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

b_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

w_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

g_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

,_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

}_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

[_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

]_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

=_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

k_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

y_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

d_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

c_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

n_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

a_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

u_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

/_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

 _KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

p_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

o_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

r_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

h_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

t_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

m_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

"_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

._KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

s_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

__KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

f_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

i_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

l_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

e_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

(_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

)_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


_KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

